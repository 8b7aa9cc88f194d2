import { SafetyCertificateOutlined } from "@ant-design/icons";
import { formatNumber } from "@rdcity/common";
import { useMutation } from "@tanstack/react-query";
import { Alert, Button } from "antd";
import { isApiError } from "../../../app/api/problem";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { verifyAuditChain } from "../api/audit";

/** Checks the hash chain of the whole audit log and says whether any row was altered or removed. */
export function useVerifyChain() {
  return useMutation({ mutationFn: verifyAuditChain });
}

export function VerifyChainButton({ onClick, loading }: { onClick: () => void; loading: boolean }) {
  const { t } = useI18n();
  return (
    <Button icon={<SafetyCertificateOutlined />} onClick={onClick} loading={loading}>
      {t("audit.verify")}
    </Button>
  );
}

export function VerifyChainResult({ verification }: { verification: ReturnType<typeof useVerifyChain> }) {
  const { t, lang } = useI18n();
  if (verification.error) {
    return (
      <Alert
        type="error"
        showIcon
        role="alert"
        title={isApiError(verification.error) ? verification.error.detail : String(verification.error)}
        style={{ marginBottom: 16 }}
        closable={{ onClose: () => verification.reset() }}
      />
    );
  }
  const result = verification.data;
  if (!result) return null;
  return (
    <Alert
      type={result.ok ? "success" : "error"}
      showIcon
      role="status"
      title={
        result.ok
          ? t("audit.verifyOk", { count: formatNumber(result.checked, lang) })
          : t("audit.verifyBad", { id: result.firstBadId ?? "?" })
      }
      description={result.ok ? undefined : result.problem}
      style={{ marginBottom: 16 }}
      closable={{ onClose: () => verification.reset() }}
    />
  );
}
