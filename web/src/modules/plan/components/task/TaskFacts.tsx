import { Card, Descriptions, Flex, Progress, Tag, Tooltip, Typography } from "antd";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import { useLabels } from "../../../../app/i18n/labels";
import type { TaskDetail } from "../../api/plan";
import { formatPeriod } from "../planFormat";
import { TASK_STATUS_COLOURS, UnitName } from "./taskColumns";

/** A task's facts: project, status, lead and partner units, due date, progress, why it is overdue, what it covers. */
export function TaskFacts({ task, projectTitle }: { task: TaskDetail; projectTitle: string | undefined }) {
  const { t, lang } = useI18n();
  const labels = useLabels();
  const list = (values: string[], name: (code: string) => string) =>
    values.length ? values.map(name).join(t("common.listSeparator")) : "—";
  return (
    <Card size="small" className="rd-card" title={t("plan.task.facts")}>
      <Descriptions
        size="small"
        column={1}
        styles={{ label: { width: 120 } }}
        items={[
          { key: "project", label: t("plan.col.project"), children: projectTitle ?? task.projectCode },
          {
            key: "status",
            label: t("plan.col.status"),
            children: (
              <Tag color={TASK_STATUS_COLOURS[task.status]}>{t(`plan.taskStatus.${task.status}`)}</Tag>
            ),
          },
          {
            key: "lead",
            label: t("plan.col.lead"),
            children: (
              <span>
                <UnitName unit={task.lead} mark={false} />
                {task.demo && (
                  <Tooltip title={t("plan.demoHint")}>
                    <Tag bordered={false} style={{ marginInlineStart: 6 }}>
                      {t("plan.demo")}
                    </Tag>
                  </Tooltip>
                )}
              </span>
            ),
          },
          {
            key: "partners",
            label: t("plan.col.partners"),
            children: task.partners.length ? (
              <Flex vertical gap={2}>
                {task.partners.map((p) => (
                  <UnitName key={p.id} unit={p} mark={!task.demo} />
                ))}
              </Flex>
            ) : (
              "—"
            ),
          },
          { key: "due", label: t("plan.col.due"), children: task.dueOn ?? t("plan.task.noDue") },
          {
            key: "progress",
            label: t("plan.col.progress"),
            children: (
              <div style={{ width: "100%" }}>
                <Progress
                  percent={task.progressPercent}
                  size="small"
                  aria-label={t("plan.task.progressOf", { code: task.code })}
                />
                <Typography.Text type="secondary" className="rd-small">
                  {task.progressPeriod
                    ? t("plan.task.reportedFor", { period: formatPeriod(task.progressPeriod, lang) })
                    : t("plan.task.noReportYet")}
                </Typography.Text>
              </div>
            ),
          },
          ...(task.zoneCodes.length
            ? [{ key: "zones", label: t("plan.task.zones"), children: list(task.zoneCodes, labels.zone) }]
            : []),
          ...(task.industryCodes.length
            ? [
                {
                  key: "industries",
                  label: t("plan.task.industries"),
                  children: list(task.industryCodes, labels.industry),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
