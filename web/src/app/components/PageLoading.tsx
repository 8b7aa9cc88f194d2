import { Flex, Spin, Typography } from "antd";
import { useI18n } from "../i18n/I18nProvider";

export function PageLoading({ fullScreen = false }: { fullScreen?: boolean }) {
  const { t } = useI18n();
  return (
    <Flex
      vertical
      align="center"
      justify="center"
      gap={12}
      style={{ minHeight: fullScreen ? "100vh" : 320 }}
      role="status"
    >
      <Spin size="large" />
      <Typography.Text type="secondary">{t("common.loading")}</Typography.Text>
    </Flex>
  );
}
