import { Alert, Button } from "antd";
import type { ReactNode } from "react";
import { isApiError } from "../api/problem";
import { useI18n } from "../i18n/I18nProvider";

/** A failed request, in place: the server's localised `detail`, and a retry when there is something to retry. */
export function ProblemAlert({
  error,
  onRetry,
  title,
  action,
}: {
  error: unknown;
  onRetry?: () => void;
  title?: ReactNode;
  action?: ReactNode;
}) {
  const { t } = useI18n();
  if (!error) return null;
  const detail = isApiError(error) ? error.detail : error instanceof Error ? error.message : String(error);
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={title ?? detail}
      description={title ? detail : undefined}
      action={
        action ??
        (onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t("common.retry")}
          </Button>
        ) : undefined)
      }
      style={{ marginBottom: 16 }}
    />
  );
}

/** Several messages (e.g. form errors that belong to no field). */
export function MessagesAlert({ messages }: { messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={messages[0]}
      description={messages.length > 1 ? messages.slice(1).join("；") : undefined}
      style={{ marginBottom: 16 }}
    />
  );
}
