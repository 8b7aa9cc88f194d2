import { App, DatePicker, Form, Input, Modal, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { MessagesAlert } from "../../../../app/components/ProblemAlert";
import { applyProblemToForm } from "../../../../app/forms/problemToForm";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import { useRoundActions } from "../hooks/useRoundActions";

interface Values {
  deadline: Dayjs;
  requirements: string;
}

/**
 * 发起整改: orders rectification with a deadline (after today, at most a year ahead) for one failed result, or for
 * every failed result of the round that has none yet; each becomes a workflow instance its host carries on.
 */
export function RectificationModal({
  roundId,
  target,
  open,
  onClose,
}: {
  roundId: string;
  /** One result (its id and platform's name), or null for every failed result without a rectification. */
  target: { resultId: string; name: string } | null;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [loose, setLoose] = useState<string[]>([]);
  const { rectify } = useRoundActions(roundId);
  const close = () => {
    setLoose([]);
    onClose();
  };
  const submit = (v: Values) =>
    rectify.mutate(
      {
        ...(target ? { resultIds: [target.resultId] } : {}),
        deadline: v.deadline.format("YYYY-MM-DD"),
        requirements: v.requirements.trim(),
      },
      {
        onSuccess: (out) => {
          void message.success(t("cultivation.evaluation.rectify.done", { count: out.items.length }));
          form.resetFields();
          close();
        },
        onError: (error) => setLoose(applyProblemToForm(form, error, ["deadline", "requirements"])),
      },
    );
  return (
    <Modal
      open={open}
      title={
        target
          ? t("cultivation.evaluation.rectify.titleOne", { name: target.name })
          : t("cultivation.evaluation.rectify.titleAll")
      }
      okText={t("cultivation.evaluation.rectify.submit")}
      okButtonProps={{ danger: true, loading: rectify.isPending }}
      onOk={() => form.submit()}
      onCancel={close}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {target ? t("cultivation.evaluation.rectify.hintOne") : t("cultivation.evaluation.rectify.hintAll")}
      </Typography.Paragraph>
      <MessagesAlert messages={loose} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ deadline: dayjs().add(3, "month") }}
        onFinish={submit}
      >
        <Form.Item
          name="deadline"
          label={t("cultivation.evaluation.rectify.deadline")}
          rules={[{ required: true, message: t("cultivation.evaluation.rectify.deadlineRequired") }]}
        >
          <DatePicker
            style={{ width: 200 }}
            disabledDate={(d: Dayjs) =>
              !d.isAfter(dayjs(), "day") || d.isAfter(dayjs().add(1, "year"), "day")
            }
          />
        </Form.Item>
        <Form.Item
          name="requirements"
          label={t("cultivation.evaluation.rectify.requirements")}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t("cultivation.evaluation.rectify.requirementsRequired"),
            },
            { min: 4, max: 2000, message: t("cultivation.evaluation.rectify.requirementsLength") },
          ]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
