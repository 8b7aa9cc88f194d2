import type { ReportDetail } from "@rdcity/common";
import { formatDateTime } from "@rdcity/common";
import { App, Button, Card, Empty, Flex, Input, Timeline, Typography } from "antd";
import { useState } from "react";
import { useI18n } from "../../../app/i18n/I18nProvider";

const COLOURS: Record<string, string> = { start: "gray", submit: "blue", return: "orange", accept: "green" };

/** The review's steps, oldest first, with the comment of each. */
export function ReportHistoryCard({ report }: { report: ReportDetail }) {
  const { t, pick } = useI18n();
  return (
    <Card title={t("report.history")} className="rd-card" size="small">
      {report.history.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("report.noHistory")} />
      ) : (
        <Timeline
          items={report.history.map((h, i) => ({
            key: i,
            color: COLOURS[h.action] ?? "gray",
            content: (
              <Flex vertical gap={2}>
                <Typography.Text strong>{pick(h.actionLabel)}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {h.actorName} · {formatDateTime(h.at)}
                </Typography.Text>
                {h.comment && <Typography.Text>{h.comment}</Typography.Text>}
              </Flex>
            ),
          }))}
        />
      )}
    </Card>
  );
}

/** Comments between the host organisation and the reviewers. */
export function ReportCommentsCard({
  report,
  onComment,
}: {
  report: ReportDetail;
  onComment: (body: string) => Promise<unknown>;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [body, setBody] = useState("");
  const [sending, setSending] = useState(false);
  const mayComment = report.actions.some((a) => a.action === "comment");
  const send = async () => {
    setSending(true);
    try {
      await onComment(body.trim());
      setBody("");
      void message.success(t("report.commented"));
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setSending(false);
    }
  };
  return (
    <Card title={t("report.comments")} className="rd-card" size="small">
      {report.comments.length === 0 ? (
        <Typography.Paragraph type="secondary">{t("report.noComments")}</Typography.Paragraph>
      ) : (
        <Flex vertical gap={12} style={{ marginBottom: 12 }}>
          {report.comments.map((c) => (
            <Flex key={c.id} vertical gap={2}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {c.authorName} · {formatDateTime(c.at)}
              </Typography.Text>
              <Typography.Text>{c.body}</Typography.Text>
            </Flex>
          ))}
        </Flex>
      )}
      {mayComment && (
        <Flex vertical gap={8}>
          <Input.TextArea
            aria-label={t("report.comments")}
            rows={2}
            maxLength={5000}
            value={body}
            placeholder={t("report.commentPlaceholder")}
            onChange={(e) => setBody(e.target.value)}
          />
          <Flex justify="end">
            <Button onClick={() => void send()} disabled={!body.trim()} loading={sending}>
              {t("report.send")}
            </Button>
          </Flex>
        </Flex>
      )}
    </Card>
  );
}
