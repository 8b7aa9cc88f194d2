import { Flex, Spin } from "antd";
import { useI18n } from "../i18n/I18nProvider";

export function PageLoading({ fullScreen = false }: { fullScreen?: boolean }) {
  const { t } = useI18n();
  return (
    <Flex align="center" justify="center" style={{ minHeight: fullScreen ? "100vh" : 320 }} role="status">
      <Spin size="large" description={t("common.loading")}>
        <div style={{ width: 120, height: 60 }} />
      </Spin>
    </Flex>
  );
}
