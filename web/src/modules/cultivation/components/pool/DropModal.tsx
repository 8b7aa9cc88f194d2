import { CultivationDropInputSchema, type CultivationPoolEntry } from "@rdcity/common";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, Form, Input, Modal, Typography } from "antd";
import { useState } from "react";
import type { ApiError } from "../../../../app/api/problem";
import { MessagesAlert } from "../../../../app/components/ProblemAlert";
import { applyProblemToForm } from "../../../../app/forms/problemToForm";
import { zodRule } from "../../../../app/forms/zodRules";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import { poolKeys } from "../../api/poolApi";
import { dropFromPool } from "../../api/poolWrites";

/** 退出培育库: the city drops a member with a reason (kept with the entry and in the audit log). */
export function DropModal({ entry, onClose }: { entry: CultivationPoolEntry | null; onClose: () => void }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ reason: string }>();
  const [loose, setLoose] = useState<string[]>([]);
  const drop = useMutation<CultivationPoolEntry, ApiError, string>({
    mutationFn: (reason) => dropFromPool(entry!.id, entry!.version, reason),
    onSuccess: (next) => {
      void message.success(t("cultivation.drop.done", { name: next.name }));
      void queryClient.invalidateQueries({ queryKey: poolKeys.all });
      close();
    },
    onError: (error) => setLoose(applyProblemToForm(form, error, ["reason"])),
  });
  const close = () => {
    setLoose([]);
    form.resetFields();
    onClose();
  };
  const reasonSchema = CultivationDropInputSchema.shape.reason;
  return (
    <Modal
      open={!!entry}
      title={t("cultivation.drop.title", { name: entry?.name ?? "" })}
      okText={t("cultivation.drop.ok")}
      okButtonProps={{ danger: true, loading: drop.isPending }}
      cancelText={t("common.cancel")}
      onOk={() => form.submit()}
      onCancel={close}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t("cultivation.drop.hint")}</Typography.Paragraph>
      <MessagesAlert messages={loose} />
      <Form form={form} layout="vertical" onFinish={(v) => drop.mutate(v.reason.trim())}>
        <Form.Item
          name="reason"
          label={t("cultivation.drop.reason")}
          rules={[
            { required: true, whitespace: true, message: t("cultivation.drop.reasonRequired") },
            zodRule(reasonSchema, "reason", lang),
          ]}
        >
          <Input.TextArea rows={4} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
