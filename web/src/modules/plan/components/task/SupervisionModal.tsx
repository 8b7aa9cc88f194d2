import type { SupervisionInput } from "@rdcity/common";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, DatePicker, Form, Input, Modal, Select, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import type { ApiError } from "../../../../app/api/problem";
import { MessagesAlert } from "../../../../app/components/ProblemAlert";
import { applyProblemToForm } from "../../../../app/forms/problemToForm";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import { planKeys, type TaskDetail } from "../../api/plan";
import { issueSupervision, type SupervisionNotice } from "../../api/planWrites";

interface Values {
  reason: string;
  responseDue: Dayjs;
  unitCode?: string;
}

/** 发督办: the city asks a unit of the task (its lead unit by default) to answer by a date. */
export function SupervisionModal({
  task,
  open,
  onClose,
}: {
  task: TaskDetail;
  open: boolean;
  onClose: () => void;
}) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [loose, setLoose] = useState<string[]>([]);
  const units = [task.lead, ...task.partners].filter((u) => !!u);
  const issue = useMutation<SupervisionNotice, ApiError, SupervisionInput>({
    mutationFn: (body) => issueSupervision(task.id, body),
    onSuccess: (notice) => {
      void message.success(t("plan.supervision.issued", { number: notice.number }));
      void queryClient.invalidateQueries({ queryKey: planKeys.all });
      form.resetFields();
      onClose();
    },
    onError: (error) => setLoose(applyProblemToForm(form, error, ["reason", "responseDue", "unitCode"])),
  });
  return (
    <Modal
      open={open}
      title={t("plan.supervision.issueTitle", { code: task.code })}
      okText={t("plan.supervision.issue")}
      okButtonProps={{ danger: true, loading: issue.isPending }}
      onOk={() => form.submit()}
      onCancel={() => {
        setLoose([]);
        onClose();
      }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t("plan.supervision.hint")}</Typography.Paragraph>
      <MessagesAlert messages={loose} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ unitCode: task.lead?.code, responseDue: dayjs().add(10, "day") }}
        onFinish={(v) =>
          issue.mutate({
            reason: v.reason.trim(),
            responseDue: v.responseDue.format("YYYY-MM-DD"),
            ...(v.unitCode ? { unitCode: v.unitCode } : {}),
          })
        }
      >
        <Form.Item name="unitCode" label={t("plan.supervision.unit")}>
          <Select options={units.map((u) => ({ value: u.code, label: pick(u.name) }))} />
        </Form.Item>
        <Form.Item
          name="responseDue"
          label={t("plan.supervision.responseDue")}
          rules={[{ required: true, message: t("plan.supervision.dueRequired") }]}
        >
          <DatePicker style={{ width: 200 }} disabledDate={(d: Dayjs) => d.isBefore(dayjs(), "day")} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t("plan.supervision.reason")}
          rules={[
            { required: true, whitespace: true, message: t("plan.supervision.reasonRequired") },
            { min: 5, max: 2000, message: t("plan.supervision.reasonLength") },
          ]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
