import { Button, Result } from "antd";
import { useNavigate } from "react-router";
import { useI18n } from "../i18n/I18nProvider";

export function NotFound({ standalone = false }: { standalone?: boolean }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const result = (
    <Result
      status="404"
      title={<h1 className="rd-result-title">404</h1>}
      subTitle={t("error.notFoundPage")}
      extra={
        <Button type="primary" onClick={() => navigate("/console")}>
          {t("common.backHome")}
        </Button>
      }
    />
  );
  return standalone ? <main>{result}</main> : result;
}
