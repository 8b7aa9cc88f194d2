import { formatNumber, type ScoreSheetViewDto } from "@rdcity/common";
import {
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Skeleton,
  Tag,
  Typography,
} from "antd";
import { useState } from "react";
import { ProblemAlert } from "../../../app/components/ProblemAlert";
import { useI18n } from "../../../app/i18n/I18nProvider";
import type { MessageKey } from "../../../app/i18n/zh-CN";
import { useRecuse, useScoreSheet, useSubmitScores } from "../hooks/useScoreSheet";
import { bracket, pickLabel } from "./workflowText";

type Values = { scores: Record<string, number | null>; comment?: string };

/** 评分: the expert's sheet — one score per criterion (0 to its maximum), the weighted total as typed, once. */
export function ScoreSheetCard({ assignmentId }: { assignmentId: string }) {
  const { t } = useI18n();
  const query = useScoreSheet(assignmentId);
  return (
    <Card size="small" className="rd-card" title={t("workflow.score.title")} id="score">
      <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      {query.isPending && <Skeleton active paragraph={{ rows: 4 }} />}
      {query.data &&
        (query.data.status === "assigned" ? (
          <ScoreForm sheet={query.data} />
        ) : (
          <ScoreResult sheet={query.data} />
        ))}
    </Card>
  );
}

function weighted(sheet: ScoreSheetViewDto, scores: Record<string, number | null | undefined>): number {
  return sheet.criteria.reduce((sum, c) => sum + (scores[c.key] ?? 0) * c.weight, 0);
}

function ScoreForm({ sheet }: { sheet: ScoreSheetViewDto }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const scores = Form.useWatch("scores", form) ?? {};
  const submit = useSubmitScores(sheet.assignmentId);
  const [recusing, setRecusing] = useState(false);
  const total = weighted(sheet, scores);
  const max = weighted(sheet, Object.fromEntries(sheet.criteria.map((c) => [c.key, c.max])));
  const weightsShown = sheet.criteria.some((c) => c.weight !== 1);

  const send = async () => {
    const values = await form.validateFields();
    const out: Record<string, number> = {};
    for (const c of sheet.criteria) out[c.key] = values.scores[c.key] ?? 0;
    submit.mutate(
      { scores: out, ...(values.comment?.trim() ? { comment: values.comment.trim() } : {}) },
      { onSuccess: () => message.success(t("workflow.score.submitted")) },
    );
  };

  return (
    <Form<Values> form={form} layout="vertical" aria-label={t("workflow.score.title")}>
      <Typography.Paragraph type="secondary">{t("workflow.score.subTitle")}</Typography.Paragraph>
      <ProblemAlert error={submit.error} />
      <Flex vertical gap={0}>
        {sheet.criteria.map((c) => (
          <Form.Item
            key={c.key}
            name={["scores", c.key]}
            label={
              <span>
                {pickLabel(c.label, lang)}
                <Typography.Text type="secondary" className="rd-small" style={{ marginInlineStart: 8 }}>
                  {t("workflow.score.max", { max: c.max })}
                  {weightsShown ? ` · ${t("workflow.score.weight", { weight: c.weight })}` : ""}
                </Typography.Text>
              </span>
            }
            rules={[
              {
                required: true,
                message: t("workflow.score.required", { criterion: pickLabel(c.label, lang) }),
              },
            ]}
          >
            <InputNumber min={0} max={c.max} step={1} style={{ width: 160 }} />
          </Form.Item>
        ))}
      </Flex>
      <Flex align="baseline" gap={8} style={{ marginBottom: 16 }}>
        <Typography.Text strong>{t("workflow.score.total")}</Typography.Text>
        <Typography.Text strong style={{ fontSize: 24 }} aria-live="polite">
          {formatNumber(total, lang, { compact: false, digits: 2 })}
        </Typography.Text>
        <Typography.Text type="secondary">/ {formatNumber(max, lang, { compact: false })}</Typography.Text>
      </Flex>
      <Form.Item name="comment" label={t("workflow.score.comment")}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={5000} />
      </Form.Item>
      <Flex gap={8} wrap>
        <Popconfirm title={t("workflow.score.confirmSubmit")} onConfirm={() => void send()}>
          <Button type="primary" loading={submit.isPending}>
            {t("workflow.score.submit")}
          </Button>
        </Popconfirm>
        <Button onClick={() => setRecusing(true)}>{t("workflow.score.recuse")}</Button>
      </Flex>
      {recusing && <RecuseModal assignmentId={sheet.assignmentId} onClose={() => setRecusing(false)} />}
    </Form>
  );
}

function ScoreResult({ sheet }: { sheet: ScoreSheetViewDto }) {
  const { t, lang } = useI18n();
  const status = t(`workflow.review.status.${sheet.status}` as MessageKey);
  if (sheet.status !== "submitted") {
    return (
      <Flex vertical gap={8}>
        <Tag color="orange" style={{ alignSelf: "flex-start" }}>
          {status}
        </Tag>
        {sheet.status === "recused" && <Typography.Text>{t("workflow.score.recused")}</Typography.Text>}
      </Flex>
    );
  }
  return (
    <Descriptions
      column={1}
      size="small"
      bordered
      items={[
        ...sheet.criteria.map((c) => ({
          key: c.key,
          label: bracket(pickLabel(c.label, lang), c.max, lang),
          children: formatNumber(sheet.scores?.[c.key] ?? null, lang, { compact: false }),
        })),
        {
          key: "total",
          label: t("workflow.score.total"),
          children: <strong>{formatNumber(sheet.total, lang, { compact: false, digits: 2 })}</strong>,
        },
        { key: "comment", label: t("workflow.score.comment"), children: sheet.comment || "—" },
        { key: "status", label: t("workflow.review.status"), children: <Tag color="green">{status}</Tag> },
      ]}
    />
  );
}

function RecuseModal({ assignmentId, onClose }: { assignmentId: string; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const recuse = useRecuse(assignmentId);
  return (
    <Modal
      open
      title={t("workflow.score.recuse")}
      okText={t("workflow.score.recuse")}
      onCancel={onClose}
      okButtonProps={{ htmlType: "submit", danger: true }}
      confirmLoading={recuse.isPending}
      destroyOnHidden
      modalRender={(dom) => (
        <Form
          form={form}
          layout="vertical"
          clearOnDestroy
          onFinish={(v) =>
            recuse.mutate(v.reason.trim(), {
              onSuccess: () => {
                message.success(t("workflow.score.recused"));
                onClose();
              },
            })
          }
        >
          {dom}
        </Form>
      )}
    >
      <ProblemAlert error={recuse.error} />
      <Form.Item
        name="reason"
        label={t("workflow.score.recuseReason")}
        extra={t("workflow.score.recuseHint")}
        rules={[{ required: true, whitespace: true, min: 2, message: t("workflow.score.recuseReason") }]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} />
      </Form.Item>
    </Modal>
  );
}
