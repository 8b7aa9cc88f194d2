import {
  formatDateTime,
  formatNumber,
  type ReviewSummaryDto,
  type WorkflowInstanceViewDto,
} from "@rdcity/common";
import { useMutation } from "@tanstack/react-query";
import { App, Button, Card, Checkbox, Flex, Form, InputNumber, Modal, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { hasCode } from "../../../app/api/problem";
import { ProblemAlert } from "../../../app/components/ProblemAlert";
import { useI18n } from "../../../app/i18n/I18nProvider";
import type { MessageKey } from "../../../app/i18n/zh-CN";
import { drawExperts } from "../api/workflow";
import { useRefreshInstance, useReview } from "../hooks/useInstance";
import { bracket, pickLabel } from "./workflowText";

const STATUS_COLOURS: Record<string, string> = {
  assigned: "blue",
  submitted: "green",
  recused: "orange",
  cancelled: "default",
};

/** 专家评审 for officials: the draws (who was drawn, who was excluded and why), the sheets, the aggregate. */
export function ReviewCard({ view }: { view: WorkflowInstanceViewDto }) {
  const { t, lang } = useI18n();
  const { instance, process, viewer } = view;
  const query = useReview(instance.id, true);
  const [drawing, setDrawing] = useState(false);
  const review = query.data;
  const nothingYet = review && review.draws.length === 0 && review.assignments.length === 0;
  // Only the officials who run the review see it (a district that recommended does not).
  if ((nothingYet && !viewer.mayDraw) || hasCode(query.error, "forbidden")) return null;
  const num = (v: number | null | undefined) =>
    v === null || v === undefined ? "—" : formatNumber(v, lang, { compact: false, digits: 2 });

  return (
    <Card
      size="small"
      className="rd-card"
      title={t("workflow.instance.review")}
      extra={
        viewer.mayDraw && (
          <Button type="primary" size="small" onClick={() => setDrawing(true)}>
            {t("workflow.review.draw")}
          </Button>
        )
      }
    >
      <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      {query.isPending && <Typography.Text type="secondary">{t("common.loading")}</Typography.Text>}
      {review && (
        <Flex vertical gap={16}>
          {review.draws.length === 0 ? (
            <Typography.Text type="secondary">{t("workflow.review.noDraws")}</Typography.Text>
          ) : (
            review.draws.map((d) => <DrawBlock key={d.id} draw={d} />)
          )}
          {review.assignments.length > 0 && (
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              aria-label={t("workflow.review.assignments")}
              title={() => <Typography.Text strong>{t("workflow.review.assignments")}</Typography.Text>}
              dataSource={review.assignments}
              scroll={{ x: "max-content" }}
              columns={[
                { key: "expert", title: t("workflow.review.expert"), render: (_, a) => a.expertName },
                {
                  key: "status",
                  title: t("workflow.review.status"),
                  render: (_, a) => (
                    <Tag color={STATUS_COLOURS[a.status] ?? "default"}>
                      {t(`workflow.review.status.${a.status}` as MessageKey)}
                    </Tag>
                  ),
                },
                {
                  key: "total",
                  title: t("workflow.review.total"),
                  align: "right",
                  render: (_, a) => num(a.total),
                },
                {
                  key: "submittedAt",
                  title: t("workflow.review.submittedAt"),
                  render: (_, a) => (a.submittedAt ? formatDateTime(a.submittedAt) : "—"),
                },
              ]}
            />
          )}
          {review.assignments.length > 0 && <Summary review={review} view={view} num={num} />}
        </Flex>
      )}
      {drawing && (
        <DrawModal
          instanceId={instance.id}
          defaultCount={process.reviewExperts ?? 3}
          onClose={() => setDrawing(false)}
        />
      )}
    </Card>
  );
}

function DrawBlock({ draw }: { draw: ReviewSummaryDto["draws"][number] }) {
  const { t, lang } = useI18n();
  return (
    <Flex vertical gap={8}>
      <Typography.Text type="secondary" className="rd-small">
        {t("workflow.review.drawAt", {
          at: formatDateTime(draw.at),
          by: draw.byName,
          count: draw.count,
          candidates: draw.candidates,
        })}
        {draw.requireDifferentDistrict ? ` · ${t("workflow.review.differentDistrict")}` : ""}
      </Typography.Text>
      <Flex gap={6} wrap align="center">
        <Typography.Text strong>{t("workflow.review.selected")}</Typography.Text>
        {draw.selected.map((s) => (
          <Tag key={s.expertId} color="blue">
            {s.name}
          </Tag>
        ))}
      </Flex>
      {draw.excluded.length === 0 ? (
        <Typography.Text type="secondary">{t("workflow.review.noneExcluded")}</Typography.Text>
      ) : (
        <Table
          size="small"
          rowKey="expertId"
          pagination={false}
          aria-label={t("workflow.review.excluded", { count: draw.excluded.length })}
          title={() => (
            <Typography.Text strong>
              {t("workflow.review.excluded", { count: draw.excluded.length })}
            </Typography.Text>
          )}
          dataSource={draw.excluded}
          columns={[
            { key: "name", title: t("workflow.review.expert"), width: 160, render: (_, x) => x.name },
            {
              key: "reasons",
              title: t("workflow.review.reasons"),
              render: (_, x) =>
                x.reasonLabels.map((r) => pickLabel(r, lang)).join(lang === "en-US" ? "; " : "；"),
            },
          ]}
        />
      )}
    </Flex>
  );
}

function Summary({
  review,
  view,
  num,
}: {
  review: ReviewSummaryDto;
  view: WorkflowInstanceViewDto;
  num: (v: number | null | undefined) => string;
}) {
  const { t, lang } = useI18n();
  if (review.summary.count === 0) {
    return <Typography.Text type="secondary">{t("workflow.review.noScores")}</Typography.Text>;
  }
  const rows = [
    ...view.process.criteria.map((c) => ({
      key: c.key,
      label: bracket(pickLabel(c.label, lang), c.max, lang),
      stat: review.summary.criteria[c.key] ?? null,
    })),
    { key: "__total", label: t("workflow.review.totalRow"), stat: review.summary.total },
  ];
  return (
    <Table
      size="small"
      rowKey="key"
      pagination={false}
      aria-label={t("workflow.review.summary")}
      title={() => <Typography.Text strong>{t("workflow.review.summary")}</Typography.Text>}
      dataSource={rows}
      columns={[
        {
          key: "criterion",
          title: t("workflow.review.criterion"),
          render: (_, r) => (r.key === "__total" ? <strong>{r.label}</strong> : r.label),
        },
        { key: "n", title: t("workflow.review.n"), align: "right", render: (_, r) => r.stat?.n ?? 0 },
        {
          key: "mean",
          title: t("workflow.review.mean"),
          align: "right",
          render: (_, r) => num(r.stat?.mean),
        },
        {
          key: "trimmed",
          title: t("workflow.review.trimmedMean"),
          align: "right",
          render: (_, r) => num(r.stat?.trimmedMean),
        },
      ]}
    />
  );
}

function DrawModal({
  instanceId,
  defaultCount,
  onClose,
}: {
  instanceId: string;
  defaultCount: number;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const refresh = useRefreshInstance(instanceId);
  const [form] = Form.useForm<{ count: number; requireDifferentDistrict: boolean }>();
  const draw = useMutation({
    mutationFn: (v: { count: number; requireDifferentDistrict: boolean }) => drawExperts(instanceId, v),
    onSuccess: async (_, v) => {
      await refresh();
      message.success(t("workflow.review.drawn", { count: v.count }));
      onClose();
    },
  });
  return (
    <Modal
      open
      title={t("workflow.review.drawTitle")}
      okText={t("workflow.review.draw")}
      onCancel={onClose}
      okButtonProps={{ htmlType: "submit" }}
      confirmLoading={draw.isPending}
      destroyOnHidden
      modalRender={(dom) => (
        <Form
          form={form}
          layout="vertical"
          initialValues={{ count: defaultCount, requireDifferentDistrict: false }}
          onFinish={(v) => draw.mutate(v)}
          clearOnDestroy
        >
          {dom}
        </Form>
      )}
    >
      <Typography.Paragraph type="secondary">{t("workflow.review.drawHint")}</Typography.Paragraph>
      <ProblemAlert error={draw.error} />
      <Form.Item name="count" label={t("workflow.review.count")} rules={[{ required: true }]}>
        <InputNumber min={1} max={50} precision={0} />
      </Form.Item>
      <Form.Item name="requireDifferentDistrict" valuePropName="checked">
        <Checkbox>{t("workflow.review.differentDistrict")}</Checkbox>
      </Form.Item>
    </Modal>
  );
}
