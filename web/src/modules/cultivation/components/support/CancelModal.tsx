import type { Disbursement, DisbursementCancel } from "@rdcity/common";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, Form, Input, Modal, Typography } from "antd";
import { useState } from "react";
import type { ApiError } from "../../../../app/api/problem";
import { MessagesAlert } from "../../../../app/components/ProblemAlert";
import { applyProblemToForm } from "../../../../app/forms/problemToForm";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import { supportKeys } from "../../api/supportApi";
import { cancelDisbursement } from "../../api/supportWrites";
import { formatMoney } from "./money";

/** 取消拨付: a committed payment withdrawn with a reason; the platform's support year is free again. */
export function CancelModal({ item, onClose }: { item: Disbursement | null; onClose: () => void }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ reason: string }>();
  const [loose, setLoose] = useState<string[]>([]);
  const cancel = useMutation<Disbursement, ApiError, DisbursementCancel>({
    mutationFn: (body) => cancelDisbursement(item!.id, body),
    onSuccess: (d) => {
      void message.success(t("cultivation.cancel.done", { name: d.platformName }));
      void queryClient.invalidateQueries({ queryKey: supportKeys.all });
      close();
    },
    onError: (error) => setLoose(applyProblemToForm(form, error, ["reason"])),
  });
  const close = () => {
    setLoose([]);
    form.resetFields();
    onClose();
  };
  return (
    <Modal
      open={!!item}
      title={t("cultivation.cancel.title")}
      okText={t("cultivation.cancel.ok")}
      okButtonProps={{ danger: true, loading: cancel.isPending }}
      cancelText={t("common.cancel")}
      onOk={() => form.submit()}
      onCancel={close}
      destroyOnHidden
    >
      {item && (
        <Typography.Paragraph>
          {t("cultivation.cancel.text", { name: item.platformName, amount: formatMoney(item.amount, lang) })}
        </Typography.Paragraph>
      )}
      <MessagesAlert messages={loose} />
      <Form form={form} layout="vertical" onFinish={(v) => cancel.mutate({ reason: v.reason.trim() })}>
        <Form.Item
          name="reason"
          label={t("cultivation.cancel.reason")}
          rules={[
            { required: true, whitespace: true, message: t("cultivation.cancel.reasonRequired") },
            { min: 2, max: 1000, message: t("cultivation.cancel.reasonLength") },
          ]}
        >
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
