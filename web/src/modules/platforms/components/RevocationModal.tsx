import type { Platform, WorkflowInstanceDto } from "@rdcity/common";
import { useMutation } from "@tanstack/react-query";
import { Form, Input, Modal, Typography } from "antd";
import { useNavigate } from "react-router";
import { api } from "../../../app/api/client";
import type { ApiError } from "../../../app/api/problem";
import { ProblemAlert } from "../../../app/components/ProblemAlert";
import { applyProblemToForm } from "../../../app/forms/problemToForm";
import { useI18n } from "../../../app/i18n/I18nProvider";

/**
 * Proposes to revoke a platform's recognition (撤销认定, R-03): starts the revocation process with a reason and
 * opens it, where the city notices and decides. The platform's status changes only when the city revokes.
 */
export function RevocationModal({
  platform,
  open,
  onClose,
}: {
  platform: Platform;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [form] = Form.useForm<{ reason: string }>();
  const propose = useMutation<WorkflowInstanceDto, ApiError, string>({
    mutationFn: (reason) =>
      api<WorkflowInstanceDto>(`/api/platforms/${encodeURIComponent(platform.id)}/revocations`, {
        method: "POST",
        body: { reason },
      }),
    onSuccess: (instance) => navigate(`/console/workflow/${instance.id}`),
    onError: (error) => applyProblemToForm(form, error, ["reason"]),
  });
  return (
    <Modal
      open={open}
      title={t("platform.revocation.title", { name: platform.name })}
      okText={t("platform.revocation.submit")}
      okButtonProps={{ danger: true, loading: propose.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t("platform.revocation.hint")}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(v) => propose.mutate(v.reason.trim())}>
        <Form.Item
          name="reason"
          label={t("platform.revocation.reason")}
          rules={[
            { required: true, whitespace: true, message: t("platform.revocation.reasonRequired") },
            { min: 4, max: 2000, message: t("platform.revocation.reasonLength") },
          ]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
      </Form>
      <ProblemAlert error={propose.error} />
    </Modal>
  );
}
