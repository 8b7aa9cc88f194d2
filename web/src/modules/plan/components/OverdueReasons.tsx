import type { TaskSummary } from "@rdcity/common";
import { Flex, Tag, Tooltip, Typography } from "antd";
import { useI18n } from "../../../app/i18n/I18nProvider";
import type { MessageKey } from "../../../app/i18n/zh-CN";

type Reason = TaskSummary["overdueReasons"][number];

const KIND_LABELS: Record<string, MessageKey> = {
  task: "plan.overdue.kind.task",
  milestone: "plan.overdue.kind.milestone",
  report: "plan.overdue.kind.report",
};

/**
 * Why a task is overdue: its due date, a milestone passed undone, a quarterly report missing — each with its date.
 * `compact` (lists) gives one line per kind, the reasons of a kind in its tooltip.
 */
export function OverdueReasons({ reasons, compact = false }: { reasons: Reason[]; compact?: boolean }) {
  const { t, pick } = useI18n();
  if (!reasons.length) return null;
  const kindLabel = (kind: string) => (KIND_LABELS[kind] ? t(KIND_LABELS[kind] as MessageKey) : kind);
  if (compact) {
    const kinds = [...new Set(reasons.map((r) => r.kind))];
    return (
      <Flex vertical gap={2} align="flex-start">
        {kinds.map((kind) => {
          const of = reasons.filter((r) => r.kind === kind);
          const due = of.map((r) => r.due).sort()[0] ?? "";
          const text =
            of.length > 1
              ? t("plan.overdue.several", { count: of.length, date: due })
              : `${pick(of[0]!.label)}${t("plan.overdue.due", { date: due })}`;
          return (
            <Tooltip
              key={kind}
              title={
                <ul style={{ margin: 0, paddingInlineStart: 16 }}>
                  {of.map((r) => (
                    <li key={`${r.due}-${r.label.zh}`}>
                      {pick(r.label)}
                      {t("plan.overdue.due", { date: r.due })}
                    </li>
                  ))}
                </ul>
              }
            >
              <Typography.Text className="rd-small" style={{ whiteSpace: "normal" }}>
                <Tag color="red" style={{ marginInlineEnd: 4 }}>
                  {kindLabel(kind)}
                </Tag>
                {text}
              </Typography.Text>
            </Tooltip>
          );
        })}
      </Flex>
    );
  }
  return (
    <Flex vertical gap={2}>
      {reasons.map((r) => (
        <Typography.Text key={`${r.kind}-${r.due}-${r.label.zh}`} className="rd-small">
          <Tag color="red" style={{ marginInlineEnd: 6 }}>
            {kindLabel(r.kind)}
          </Tag>
          {pick(r.label)}
          <Typography.Text type="secondary" className="rd-small">
            {t("plan.overdue.due", { date: r.due })}
          </Typography.Text>
        </Typography.Text>
      ))}
    </Flex>
  );
}
