import { formatDate, formatDateTime, type ObjectionDto, type WorkflowInstanceViewDto } from "@rdcity/common";
import { useMutation } from "@tanstack/react-query";
import { App, Button, Card, Descriptions, Flex, Form, Input, Modal, Tag, Typography } from "antd";
import { type ReactNode, useState } from "react";
import { Link } from "react-router";
import { ProblemAlert } from "../../../app/components/ProblemAlert";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { answerObjection, type ObjectionBody, recordObjection } from "../api/workflow";
import { useObjections, useRefreshInstance } from "../hooks/useInstance";
import { ObjectionFields } from "./ObjectionFields";
import { bracket } from "./workflowText";

/** 公示: the notice's working days, and the objections — with who objected for officials only — and their answers. */
export function NoticeCard({ view }: { view: WorkflowInstanceViewDto }) {
  const { t, lang } = useI18n();
  const { instance, notice, viewer } = view;
  const query = useObjections(instance.id, !!notice);
  const [recording, setRecording] = useState(false);
  const [answering, setAnswering] = useState<ObjectionDto | null>(null);
  if (!notice) return null;
  const objections = query.data ?? [];
  return (
    <Card
      size="small"
      className="rd-card"
      title={t("workflow.instance.notice")}
      extra={
        viewer.mayHandleObjections && (
          <Button size="small" onClick={() => setRecording(true)}>
            {t("workflow.notice.record")}
          </Button>
        )
      }
    >
      <Flex vertical gap={16}>
        <Flex gap={8} align="center" wrap>
          <Tag color={notice.open ? "blue" : "default"}>
            {notice.open ? t("workflow.notice.open") : t("workflow.notice.closed")}
          </Tag>
          <Typography.Text>
            {t("workflow.notice.range", {
              from: formatDate(notice.startsOn),
              to: formatDate(notice.endsOn),
              days: notice.workingDays,
            })}
          </Typography.Text>
          {notice.open && (
            <>
              <Typography.Text type="secondary" className="rd-small">
                {t("workflow.notice.endsAt", { at: formatDateTime(notice.endsAt) })}
              </Typography.Text>
              <Link to="/public/notices" target="_blank">
                {t("workflow.notice.publicList")}
              </Link>
            </>
          )}
        </Flex>
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
        <Typography.Text strong>
          {bracket(t("workflow.notice.objections"), objections.length, lang)}
        </Typography.Text>
        {!query.isPending && objections.length === 0 && (
          <Typography.Text type="secondary">{t("workflow.notice.noObjections")}</Typography.Text>
        )}
        {objections.map((o) => (
          <ObjectionItem
            key={o.id}
            objection={o}
            action={
              viewer.mayHandleObjections &&
              !o.answer && (
                <Button size="small" type="primary" onClick={() => setAnswering(o)}>
                  {t("workflow.notice.answer")}
                </Button>
              )
            }
          />
        ))}
      </Flex>
      {recording && <RecordModal instanceId={instance.id} onClose={() => setRecording(false)} />}
      {answering && (
        <AnswerModal instanceId={instance.id} objection={answering} onClose={() => setAnswering(null)} />
      )}
    </Card>
  );
}

function ObjectionItem({ objection: o, action }: { objection: ObjectionDto; action: ReactNode }) {
  const { t } = useI18n();
  const identity = [o.objectorName, o.objectorIdentity, o.objectorContact].filter(Boolean).join(" · ");
  return (
    <Descriptions
      size="small"
      bordered
      column={1}
      title={
        <Flex gap={8} align="center" wrap>
          <Tag color={o.answer ? "green" : "orange"}>
            {o.answer ? t("workflow.notice.answered") : t("workflow.notice.unanswered")}
          </Tag>
          <Typography.Text type="secondary" className="rd-small" style={{ fontWeight: "normal" }}>
            {t("workflow.notice.receivedAt", { at: formatDateTime(o.receivedAt) })}
          </Typography.Text>
        </Flex>
      }
      extra={action}
      items={[
        {
          key: "objector",
          label: t("workflow.notice.objector"),
          children: identity || (
            <Typography.Text type="secondary">{t("workflow.notice.confidential")}</Typography.Text>
          ),
        },
        {
          key: "body",
          label: t("notice.body"),
          children: <span style={{ whiteSpace: "pre-wrap" }}>{o.body}</span>,
        },
        ...(o.answer
          ? [
              {
                key: "answer",
                label: t("workflow.notice.answerText"),
                children: (
                  <Flex vertical gap={4}>
                    <span style={{ whiteSpace: "pre-wrap" }}>{o.answer}</span>
                    {o.answeredAt && (
                      <Typography.Text type="secondary" className="rd-small">
                        {t("workflow.notice.answeredAt", {
                          by: o.answeredBy ?? "",
                          at: formatDateTime(o.answeredAt),
                        })}
                      </Typography.Text>
                    )}
                  </Flex>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}

function RecordModal({ instanceId, onClose }: { instanceId: string; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const refresh = useRefreshInstance(instanceId);
  const [form] = Form.useForm<ObjectionBody>();
  const record = useMutation({
    mutationFn: (body: ObjectionBody) => recordObjection(instanceId, body),
    onSuccess: async () => {
      await refresh();
      message.success(t("workflow.notice.recorded"));
      onClose();
    },
  });
  return (
    <Modal
      open
      title={t("workflow.notice.recordTitle")}
      okText={t("workflow.notice.record")}
      onCancel={onClose}
      okButtonProps={{ htmlType: "submit" }}
      confirmLoading={record.isPending}
      destroyOnHidden
      modalRender={(dom) => (
        <Form form={form} layout="vertical" clearOnDestroy onFinish={(v) => record.mutate(v)}>
          {dom}
        </Form>
      )}
    >
      <ProblemAlert error={record.error} />
      <ObjectionFields />
    </Modal>
  );
}

function AnswerModal({
  instanceId,
  objection,
  onClose,
}: {
  instanceId: string;
  objection: ObjectionDto;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const refresh = useRefreshInstance(instanceId);
  const [form] = Form.useForm<{ answer: string }>();
  const answer = useMutation({
    mutationFn: (text: string) => answerObjection(objection.id, text),
    onSuccess: async () => {
      await refresh();
      message.success(t("workflow.notice.answered"));
      onClose();
    },
  });
  return (
    <Modal
      open
      title={t("workflow.notice.answerTitle")}
      okText={t("workflow.notice.answer")}
      onCancel={onClose}
      okButtonProps={{ htmlType: "submit" }}
      confirmLoading={answer.isPending}
      destroyOnHidden
      modalRender={(dom) => (
        <Form form={form} layout="vertical" clearOnDestroy onFinish={(v) => answer.mutate(v.answer.trim())}>
          {dom}
        </Form>
      )}
    >
      <Typography.Paragraph type="secondary" style={{ whiteSpace: "pre-wrap" }}>
        {objection.body}
      </Typography.Paragraph>
      <ProblemAlert error={answer.error} />
      <Form.Item
        name="answer"
        label={t("workflow.notice.answerText")}
        rules={[
          {
            required: true,
            whitespace: true,
            message: t("notice.required", { field: t("workflow.notice.answerText") }),
          },
        ]}
      >
        <Input.TextArea autoSize={{ minRows: 4, maxRows: 10 }} maxLength={10000} />
      </Form.Item>
    </Modal>
  );
}
