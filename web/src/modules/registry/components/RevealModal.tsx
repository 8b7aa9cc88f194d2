import type { Entity } from "@rdcity/common";
import { useMutation } from "@tanstack/react-query";
import { Alert, Button, Flex, Form, Input, Modal, Typography } from "antd";
import { ProblemAlert } from "../../../app/components/ProblemAlert";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { revealEntity } from "../api/entities";

interface Props {
  entityId: string;
  open: boolean;
  onClose: () => void;
  onRevealed: (entity: Entity) => void;
}

/** Asks why the full personal data is needed; the read is written to the audit log with that purpose. */
export function RevealModal({ entityId, open, onClose, onRevealed }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ purpose: string }>();
  const reveal = useMutation({
    mutationFn: (purpose: string) => revealEntity(entityId, purpose),
    onSuccess: (entity) => {
      onRevealed(entity);
      form.resetFields();
      onClose();
    },
  });
  const suggestions = [t("reveal.purpose1"), t("reveal.purpose2"), t("reveal.purpose3")];
  return (
    <Modal
      open={open}
      title={t("reveal.title")}
      okText={t("reveal.submit")}
      onOk={() => form.submit()}
      confirmLoading={reveal.isPending}
      onCancel={() => {
        reveal.reset();
        onClose();
      }}
      destroyOnHidden
    >
      <Alert type="info" showIcon title={t("reveal.notice")} style={{ marginBottom: 16 }} />
      <ProblemAlert error={reveal.error} />
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={(v) => reveal.mutate(v.purpose.trim())}
      >
        <Form.Item
          name="purpose"
          label={t("reveal.purpose")}
          rules={[
            { required: true, whitespace: true, message: t("reveal.purposeRequired") },
            { min: 2, max: 200, message: t("reveal.purposeLength") },
          ]}
          style={{ marginBottom: 8 }}
        >
          <Input.TextArea rows={2} maxLength={200} placeholder={t("reveal.purposePlaceholder")} />
        </Form.Item>
        <Flex gap={6} wrap align="center">
          <Typography.Text type="secondary">{t("reveal.common")}</Typography.Text>
          {suggestions.map((text) => (
            <Button key={text} size="small" onClick={() => form.setFieldsValue({ purpose: text })}>
              {text}
            </Button>
          ))}
        </Flex>
      </Form>
    </Modal>
  );
}
