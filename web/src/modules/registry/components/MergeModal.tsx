import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Form, Input, Modal, Radio } from "antd";
import { ProblemAlert } from "../../../app/components/ProblemAlert";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { type DuplicateCandidate, entityKeys, getEntity, markDistinct, mergeEntity } from "../api/entities";

interface Target {
  id: string;
  name: string;
  etag: string;
}

interface Props {
  current: Target;
  other: DuplicateCandidate | null;
  mode: "merge" | "distinct";
  onClose: () => void;
}

interface Values {
  keep: "current" | "other";
  reason?: string;
}

/** Merge two records (the one not kept gets status "merged" and a successor link) or mark them as distinct. */
export function MergeModal({ current, other, mode, onClose }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const action = useMutation({
    mutationFn: async (v: Values) => {
      if (!other) return;
      const reason = v.reason?.trim() ?? "";
      if (mode === "distinct") return markDistinct(current.id, other.id, reason);
      if (v.keep === "other") return mergeEntity(current.id, current.etag, other.id, reason);
      const loser = await getEntity(other.id);
      return mergeEntity(other.id, loser.etag, current.id, reason);
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: entityKeys.all });
      void message.success(mode === "merge" ? t("merge.done") : t("distinct.done"));
      form.resetFields();
      onClose();
    },
  });
  const merge = mode === "merge";
  return (
    <Modal
      open={Boolean(other)}
      title={merge ? t("merge.title") : t("distinct.title")}
      okText={merge ? t("merge.submit") : t("distinct.submit")}
      okButtonProps={{ danger: merge }}
      confirmLoading={action.isPending}
      onOk={() => form.submit()}
      onCancel={() => {
        action.reset();
        onClose();
      }}
      destroyOnHidden
    >
      <ProblemAlert error={action.error} />
      {merge && <Alert type="warning" showIcon title={t("merge.warning")} style={{ marginBottom: 16 }} />}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ keep: "current" }}
        onFinish={(v) => action.mutate(v)}
      >
        {merge && (
          <Form.Item name="keep" label={t("merge.keep")}>
            <Radio.Group
              style={{ display: "flex", flexDirection: "column", gap: 8 }}
              options={[
                { value: "current", label: t("merge.keepCurrent", { name: current.name }) },
                { value: "other", label: t("merge.keepOther", { name: other?.name ?? "" }) },
              ]}
            />
          </Form.Item>
        )}
        <Form.Item
          name="reason"
          label={merge ? t("merge.reason") : t("distinct.reason")}
          rules={
            merge
              ? [{ required: true, whitespace: true, min: 2, max: 500, message: t("merge.reasonRequired") }]
              : [{ max: 500 }]
          }
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
