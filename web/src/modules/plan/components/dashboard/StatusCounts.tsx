import type { ProgressStatus } from "@rdcity/common";
import { Badge, Button, Card, Divider, Flex, Typography } from "antd";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import { STATUS_HEX, STATUS_ORDER, statusName } from "../planFormat";

/**
 * The targets by status, each a toggle that narrows the cards to that status, and the tasks' totals beside them
 * (all, overdue, under supervision).
 */
export function StatusCounts({
  counts,
  selected,
  onSelect,
  tasks,
}: {
  counts: Record<ProgressStatus, number>;
  selected: ProgressStatus | null;
  onSelect: (status: ProgressStatus | null) => void;
  tasks: { total: number; overdue: number; supervised: number };
}) {
  const { t, lang } = useI18n();
  const n = (v: number) => new Intl.NumberFormat(lang).format(v);
  const total = STATUS_ORDER.reduce((s, k) => s + (counts[k] ?? 0), 0);
  return (
    <Card size="small" className="rd-card">
      <Flex wrap gap={8} align="center" justify="space-between">
        <Flex wrap gap={8} align="center" role="group" aria-label={t("plan.counts.targets")}>
          <Typography.Text strong style={{ marginInlineEnd: 4 }}>
            {t("plan.counts.targetsTotal", { count: n(total) })}
          </Typography.Text>
          {STATUS_ORDER.map((s) => {
            const active = selected === s;
            return (
              <Button
                key={s}
                type={active ? "primary" : "default"}
                aria-pressed={active}
                onClick={() => onSelect(active ? null : s)}
              >
                <Flex gap={6} align="center">
                  {!active && <Badge color={STATUS_HEX[s]} />}
                  <span>{statusName(s, lang)}</span>
                  <strong>{n(counts[s] ?? 0)}</strong>
                </Flex>
              </Button>
            );
          })}
        </Flex>
        <Flex wrap gap={4} align="center" role="group" aria-label={t("plan.counts.tasks")}>
          <Typography.Text>{t("plan.counts.tasksTotal", { count: n(tasks.total) })}</Typography.Text>
          <Divider orientation="vertical" />
          <Typography.Text type={tasks.overdue ? "danger" : "secondary"}>
            {t("plan.counts.overdue", { count: n(tasks.overdue) })}
          </Typography.Text>
          <Divider orientation="vertical" />
          <Typography.Text type={tasks.supervised ? "warning" : "secondary"}>
            {t("plan.counts.supervised", { count: n(tasks.supervised) })}
          </Typography.Text>
        </Flex>
      </Flex>
    </Card>
  );
}
