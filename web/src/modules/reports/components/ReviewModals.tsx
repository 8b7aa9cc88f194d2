import type { ReportDetail } from "@rdcity/common";
import { Alert, Checkbox, Form, Input, List, Modal, Typography } from "antd";
import { useState } from "react";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { useReportLabels } from "./reportLabels";

/** A failed validation is shown under its field; nothing else to do with the rejection. */
const noop = () => undefined;

interface ModalProps {
  open: boolean;
  onClose: () => void;
  onSubmit: (values: { comment?: string; acknowledgeFlags?: boolean }) => Promise<unknown>;
}

/** Returning needs a comment: the host organisation reads it on the report and in its notification. */
export function ReturnModal({ open, onClose, onSubmit }: ModalProps) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ comment: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <Modal
      open={open}
      title={t("report.return.title")}
      okText={t("report.action.return")}
      okButtonProps={{ danger: true, loading: busy }}
      onCancel={onClose}
      destroyOnHidden
      onOk={() =>
        void form.validateFields().then(async (v) => {
          setBusy(true);
          setError(null);
          try {
            await onSubmit({ comment: v.comment.trim() });
            form.resetFields();
            onClose();
          } catch (e) {
            setError(e instanceof Error ? e.message : String(e));
          } finally {
            setBusy(false);
          }
        }, noop)
      }
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          name="comment"
          label={t("report.return.comment")}
          rules={[{ required: true, whitespace: true, message: t("report.return.required") }]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Accepting a flagged report asks the reviewer to confirm the flags were checked (the server insists too). */
export function AcceptModal({ open, onClose, onSubmit, report }: ModalProps & { report: ReportDetail }) {
  const { t } = useI18n();
  const labels = useReportLabels();
  const [form] = Form.useForm<{ comment?: string; acknowledgeFlags?: boolean }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const flagged = report.flags.length > 0;
  return (
    <Modal
      open={open}
      title={t("report.accept.title")}
      okText={t("report.action.accept")}
      okButtonProps={{ loading: busy }}
      onCancel={onClose}
      destroyOnHidden
      onOk={() =>
        void form.validateFields().then(async (v) => {
          setBusy(true);
          setError(null);
          try {
            await onSubmit({
              ...(v.comment?.trim() ? { comment: v.comment.trim() } : {}),
              ...(flagged ? { acknowledgeFlags: v.acknowledgeFlags === true } : {}),
            });
            form.resetFields();
            onClose();
          } catch (e) {
            setError(e instanceof Error ? e.message : String(e));
          } finally {
            setBusy(false);
          }
        }, noop)
      }
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      {flagged ? (
        <>
          <Typography.Paragraph>{t("report.accept.hint")}</Typography.Paragraph>
          <List
            size="small"
            bordered
            style={{ marginBottom: 12 }}
            dataSource={report.flags}
            renderItem={(f) => (
              <List.Item>
                <Typography.Text strong>{labels.metricName(f.metric)}</Typography.Text>
                <Typography.Text>
                  {labels.figure(f.metric, f.previous)} → {labels.figure(f.metric, f.current)}（
                  {labels.change(f.changePct)}）
                </Typography.Text>
              </List.Item>
            )}
          />
        </>
      ) : (
        <Typography.Paragraph type="secondary">{t("report.accept.noFlags")}</Typography.Paragraph>
      )}
      <Form form={form} layout="vertical" preserve={false}>
        {flagged && (
          <Form.Item
            name="acknowledgeFlags"
            valuePropName="checked"
            rules={[
              {
                validator: (_, v) =>
                  v ? Promise.resolve() : Promise.reject(new Error(t("report.accept.ackRequired"))),
              },
            ]}
          >
            <Checkbox>{t("report.accept.ack")}</Checkbox>
          </Form.Item>
        )}
        <Form.Item name="comment" label={t("report.accept.comment")}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
