import type { TaskSummary } from "@rdcity/common";
import { Flex, Progress, Tag, Tooltip, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { Link } from "react-router";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import { OverdueReasons } from "../OverdueReasons";
import { formatPeriod } from "../planFormat";

type Label = { zh: string; en: string };

/** A unit's name, marked when it is a demo unit (示例) unless the row says so once for all. */
export function UnitName({
  unit,
  mark = true,
}: {
  unit: { name: Label; demo: boolean } | null;
  mark?: boolean;
}) {
  const { t, pick } = useI18n();
  if (!unit) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <span>
      {pick(unit.name)}
      {mark && unit.demo && (
        <Tag style={{ marginInlineStart: 4 }} bordered={false}>
          {t("plan.demo")}
        </Tag>
      )}
    </span>
  );
}

export const TASK_STATUS_COLOURS: Record<TaskSummary["status"], string> = {
  active: "blue",
  completed: "green",
  withdrawn: "default",
};

/** The columns of the task list: code, title, lead unit, partners, due, progress, overdue and its reasons, 督办. */
export function useTaskColumns(linkOf: (task: TaskSummary) => string): ColumnsType<TaskSummary> {
  const { t, lang, pick } = useI18n();
  return [
    {
      key: "code",
      title: t("plan.col.code"),
      width: 64,
      render: (_, task) => (
        <span className="rd-mono rd-nowrap" style={task.parentCode ? { paddingInlineStart: 12 } : undefined}>
          {task.code}
        </span>
      ),
      sorter: (a, b) => a.code.localeCompare(b.code, undefined, { numeric: true }),
    },
    {
      key: "title",
      title: t("plan.col.title"),
      render: (_, task) => (
        <Flex vertical gap={2} align="flex-start">
          <Link to={linkOf(task)}>{pick(task.title)}</Link>
          {task.status !== "active" && (
            <Tag color={TASK_STATUS_COLOURS[task.status]}>{t(`plan.taskStatus.${task.status}`)}</Tag>
          )}
        </Flex>
      ),
    },
    {
      key: "lead",
      title: t("plan.col.lead"),
      width: 160,
      render: (_, task) => (
        <Flex vertical gap={2} align="flex-start">
          <UnitName unit={task.lead} mark={false} />
          {task.demo && (
            <Tooltip title={t("plan.demoHint")}>
              <Tag bordered={false}>{t("plan.demo")}</Tag>
            </Tooltip>
          )}
        </Flex>
      ),
    },
    {
      key: "partners",
      title: t("plan.col.partners"),
      width: 180,
      render: (_, task) =>
        task.partners.length ? (
          <Typography.Paragraph
            className="rd-small"
            style={{ margin: 0 }}
            ellipsis={{
              rows: 3,
              tooltip: task.partners.map((p) => pick(p.name)).join(t("common.listSeparator")),
            }}
          >
            {task.partners.map((p) => pick(p.name)).join(t("common.listSeparator"))}
          </Typography.Paragraph>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    {
      key: "due",
      title: t("plan.col.due"),
      width: 96,
      render: (_, task) => <span className="rd-nowrap">{task.dueOn ?? "—"}</span>,
      sorter: (a, b) => (a.dueOn ?? "9999").localeCompare(b.dueOn ?? "9999"),
    },
    {
      key: "progress",
      title: t("plan.col.progress"),
      width: 124,
      render: (_, task) => (
        <div>
          <Progress
            percent={task.progressPercent}
            size="small"
            status={task.status === "completed" ? "success" : "normal"}
            aria-label={t("plan.task.progressOf", { code: task.code })}
          />
          {task.progressPeriod && (
            <Typography.Text type="secondary" className="rd-small">
              {t("plan.task.reportedFor", { period: formatPeriod(task.progressPeriod, lang) })}
            </Typography.Text>
          )}
        </div>
      ),
      sorter: (a, b) => a.progressPercent - b.progressPercent,
    },
    {
      key: "overdue",
      title: t("plan.col.overdue"),
      width: 180,
      render: (_, task) =>
        task.overdue ? (
          <OverdueReasons reasons={task.overdueReasons} compact />
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    {
      key: "supervision",
      title: t("plan.col.supervision"),
      width: 90,
      align: "right",
      render: (_, task) =>
        task.openSupervision ? (
          <Tag color="orange">{task.openSupervision}</Tag>
        ) : (
          <Typography.Text type="secondary">0</Typography.Text>
        ),
      sorter: (a, b) => a.openSupervision - b.openSupervision,
    },
  ];
}
