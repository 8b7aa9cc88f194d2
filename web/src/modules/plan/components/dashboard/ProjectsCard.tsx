import type { ProjectRollup } from "@rdcity/common";
import { Card, Progress, Table, Typography } from "antd";
import { Link } from "react-router";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import { emptyText } from "../emptyText";

/** The plan's projects with the roll-up of their tasks: mean progress, completed, overdue, under supervision. */
export function ProjectsCard({
  projects,
  taskLink,
}: {
  projects: ProjectRollup[];
  taskLink: (q: string) => string;
}) {
  const { t, lang, pick } = useI18n();
  const n = (v: number) => new Intl.NumberFormat(lang).format(v);
  return (
    <Card size="small" className="rd-card" title={t("plan.projects.title")}>
      <Table<ProjectRollup>
        size="small"
        rowKey="code"
        pagination={false}
        dataSource={projects}
        scroll={{ x: 640 }}
        locale={emptyText(t("plan.projects.empty"))}
        columns={[
          {
            key: "title",
            title: t("plan.col.project"),
            render: (_, p) => (
              <Link to={taskLink(`project=${encodeURIComponent(p.code)}`)}>{pick(p.title)}</Link>
            ),
          },
          {
            key: "progress",
            title: t("plan.col.progress"),
            width: 180,
            render: (_, p) => (
              <Progress
                percent={Math.round(p.progressPercent)}
                size="small"
                aria-label={t("plan.projects.progressOf", { name: pick(p.title) })}
              />
            ),
          },
          {
            key: "tasks",
            title: t("plan.col.tasks"),
            width: 72,
            align: "right",
            render: (_, p) => n(p.tasks),
          },
          {
            key: "completed",
            title: t("plan.col.completed"),
            width: 80,
            align: "right",
            render: (_, p) => n(p.completed),
          },
          {
            key: "overdue",
            title: t("plan.col.overdue"),
            width: 72,
            align: "right",
            render: (_, p) =>
              p.overdue ? (
                <Link to={taskLink(`project=${encodeURIComponent(p.code)}&overdue=true`)}>
                  <Typography.Text type="danger" strong>
                    {n(p.overdue)}
                  </Typography.Text>
                </Link>
              ) : (
                n(0)
              ),
          },
          {
            key: "supervised",
            title: t("plan.col.supervised"),
            width: 80,
            align: "right",
            render: (_, p) =>
              p.supervised ? <Typography.Text type="warning">{n(p.supervised)}</Typography.Text> : n(0),
          },
        ]}
      />
    </Card>
  );
}
