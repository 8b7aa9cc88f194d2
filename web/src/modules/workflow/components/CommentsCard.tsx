import { formatDateTime, type WorkflowInstanceViewDto } from "@rdcity/common";
import { useMutation } from "@tanstack/react-query";
import { App, Button, Card, Checkbox, Flex, Form, Input, Tag, Typography } from "antd";
import { ProblemAlert } from "../../../app/components/ProblemAlert";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { useLabels } from "../../../app/i18n/labels";
import { addComment } from "../api/workflow";
import { useComments, useRefreshInstance } from "../hooks/useInstance";

/** 意见: comments on the application; officials may keep one among themselves (internal). */
export function CommentsCard({ view }: { view: WorkflowInstanceViewDto }) {
  const { t } = useI18n();
  const labels = useLabels();
  const { message } = App.useApp();
  const { instance, viewer } = view;
  const query = useComments(instance.id);
  const refresh = useRefreshInstance(instance.id);
  const [form] = Form.useForm<{ body: string; internal: boolean }>();
  const send = useMutation({
    mutationFn: (v: { body: string; internal: boolean }) =>
      addComment(instance.id, { body: v.body.trim(), ...(viewer.official ? { internal: v.internal } : {}) }),
    onSuccess: async () => {
      form.resetFields();
      await refresh();
      message.success(t("workflow.comments.sent"));
    },
  });
  const comments = query.data ?? [];
  return (
    <Card size="small" className="rd-card" title={t("workflow.instance.comments")}>
      <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      <Flex vertical gap={12}>
        {!query.isPending && comments.length === 0 && (
          <Typography.Text type="secondary">{t("workflow.comments.empty")}</Typography.Text>
        )}
        {comments.map((c) => (
          <Flex key={c.id} vertical gap={2} className="rd-comment">
            <Flex gap={8} align="center" wrap>
              <Typography.Text strong>{c.authorName}</Typography.Text>
              <Typography.Text type="secondary" className="rd-small">
                {labels.role(c.authorRole)} · {formatDateTime(c.at)}
              </Typography.Text>
              {c.internal && <Tag>{t("workflow.comments.internalTag")}</Tag>}
            </Flex>
            <Typography.Text style={{ whiteSpace: "pre-wrap" }}>{c.body}</Typography.Text>
          </Flex>
        ))}
        {!instance.closedAt && (
          <Form
            form={form}
            layout="vertical"
            requiredMark={false}
            initialValues={{ internal: false }}
            onFinish={(v) => send.mutate(v)}
            aria-label={t("workflow.comments.add")}
          >
            <ProblemAlert error={send.error} />
            <Form.Item
              name="body"
              label={t("workflow.comments.add")}
              rules={[{ required: true, whitespace: true, message: t("workflow.comments.placeholder") }]}
              style={{ marginBottom: 8 }}
            >
              <Input.TextArea
                autoSize={{ minRows: 2, maxRows: 6 }}
                maxLength={5000}
                placeholder={t("workflow.comments.placeholder")}
              />
            </Form.Item>
            <Flex justify="space-between" align="center" gap={8} wrap>
              {viewer.official ? (
                <Form.Item name="internal" valuePropName="checked" noStyle>
                  <Checkbox>{t("workflow.comments.internal")}</Checkbox>
                </Form.Item>
              ) : (
                <span />
              )}
              <Button htmlType="submit" loading={send.isPending}>
                {t("workflow.comments.send")}
              </Button>
            </Flex>
          </Form>
        )}
      </Flex>
    </Card>
  );
}
