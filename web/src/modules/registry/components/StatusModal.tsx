import type { Entity } from "@rdcity/common";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Form, Input, Modal } from "antd";
import { hasCode } from "../../../app/api/problem";
import { ProblemAlert } from "../../../app/components/ProblemAlert";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { entityKeys, patchEntity } from "../api/entities";

interface Props {
  entity: Entity;
  etag: string;
  open: boolean;
  onClose: () => void;
}

/** Deregister (注销) a record with a reason, or restore a deregistered one. Records are never deleted. */
export function StatusModal({ entity, etag, open, onClose }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ statusReason: string }>();
  const deregister = entity.status === "active";
  const change = useMutation({
    mutationFn: (reason: string) =>
      patchEntity(entity.id, etag, { status: deregister ? "deregistered" : "active", statusReason: reason }),
    onSuccess: (saved) => {
      queryClient.setQueryData(entityKeys.detail(entity.id), saved);
      void queryClient.invalidateQueries({ queryKey: entityKeys.all });
      void message.success(deregister ? t("status.deregistered") : t("status.restored"));
      form.resetFields();
      onClose();
    },
  });
  return (
    <Modal
      open={open}
      title={deregister ? t("status.deregisterTitle") : t("status.restoreTitle")}
      okText={deregister ? t("status.deregister") : t("status.restore")}
      okButtonProps={{ danger: deregister }}
      confirmLoading={change.isPending}
      onOk={() => form.submit()}
      onCancel={() => {
        change.reset();
        onClose();
      }}
      destroyOnHidden
    >
      {deregister && (
        <Alert type="warning" showIcon title={t("status.deregisterWarning")} style={{ marginBottom: 16 }} />
      )}
      <ProblemAlert
        error={change.error}
        title={hasCode(change.error, "version_conflict") ? t("entity.conflictTitle") : undefined}
      />
      <Form form={form} layout="vertical" onFinish={(v) => change.mutate(v.statusReason.trim())}>
        <Form.Item
          name="statusReason"
          label={t("status.reason")}
          rules={[{ required: true, whitespace: true, max: 500, message: t("status.reasonRequired") }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
