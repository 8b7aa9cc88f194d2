import type { ChangeRequestInput } from "@rdcity/common";
import { useMutation } from "@tanstack/react-query";
import { Form, Input, Modal, Typography } from "antd";
import type { ReactNode } from "react";
import { useState } from "react";
import { useNavigate } from "react-router";
import type { ApiError } from "../../../app/api/problem";
import { MessagesAlert } from "../../../app/components/ProblemAlert";
import { applyProblemToForm } from "../../../app/forms/problemToForm";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { type ChangeRequest, requestChange } from "../api/planWrites";

/**
 * 申请调整: the frame of a change request (a target's or a task's). The caller's fields say what changes; the reason
 * is asked here. The request runs as a workflow instance that the leadership approves; the page opens it.
 */
export function ChangeRequestModal<V extends { reason: string }>({
  open,
  onClose,
  title,
  hint,
  fields,
  initialValues,
  toInput,
  fieldNames,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  hint: string;
  /** The form items of what may change. */
  fields: ReactNode;
  initialValues: Partial<V>;
  /** The request body from the form's values; null when nothing changes. */
  toInput: (values: V) => ChangeRequestInput | null;
  fieldNames: string[];
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [form] = Form.useForm<V>();
  const [loose, setLoose] = useState<string[]>([]);
  const submit = useMutation<ChangeRequest, ApiError, ChangeRequestInput>({
    mutationFn: requestChange,
    onSuccess: (change) => {
      onClose();
      if (change.instanceId) navigate(`/console/workflow/${change.instanceId}`);
    },
    onError: (error) => setLoose(applyProblemToForm(form, error, [...fieldNames, "reason", "changes"])),
  });
  return (
    <Modal
      open={open}
      title={title}
      okText={t("plan.change.submit")}
      okButtonProps={{ loading: submit.isPending }}
      onOk={() => form.submit()}
      onCancel={() => {
        setLoose([]);
        onClose();
      }}
      width={640}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph>
      <MessagesAlert messages={loose} />
      <Form<V>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(v) => {
          const input = toInput(v);
          if (!input) {
            setLoose([t("plan.change.nothing")]);
            return;
          }
          setLoose([]);
          submit.mutate(input);
        }}
      >
        {fields}
        <Form.Item
          name="reason"
          label={t("plan.change.reason")}
          rules={[
            { required: true, whitespace: true, message: t("plan.change.reasonRequired") },
            { min: 5, max: 2000, message: t("plan.change.reasonLength") },
          ]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
