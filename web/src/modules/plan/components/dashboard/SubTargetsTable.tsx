import type { TargetProgress } from "@rdcity/common";
import { Table, Typography } from "antd";
import { Link } from "react-router";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import { emptyText } from "../emptyText";
import { formatShare, formatTargetValue } from "../planFormat";
import { SourceInfo } from "../SourceList";
import { StatusTag } from "../StatusTag";
import { latestText } from "../TargetCard";
import { windowOf } from "../windowTarget";

/** The sub-targets of the tasks (section 三) in one compact table, each row linking to its target's page. */
export function SubTargetsTable({
  targets,
  linkOf,
}: {
  targets: TargetProgress[];
  linkOf: (code: string) => string;
}) {
  const { t, lang, pick } = useI18n();
  return (
    <Table<TargetProgress>
      size="small"
      rowKey="code"
      pagination={false}
      dataSource={targets}
      scroll={{ x: 760 }}
      locale={emptyText(t("plan.subTargets.empty"))}
      columns={[
        {
          key: "text",
          title: t("plan.col.target"),
          render: (_, r) => (
            <Link to={linkOf(r.code)}>
              <Typography.Text style={{ color: "inherit" }}>{pick(r.text)}</Typography.Text>
            </Link>
          ),
        },
        {
          key: "task",
          title: t("plan.col.task"),
          width: 90,
          render: (_, r) => <span className="rd-nowrap">{r.taskCode ?? "—"}</span>,
        },
        {
          key: "latest",
          title: t("plan.col.latest"),
          width: 170,
          render: (_, r) => (
            <span className="rd-nowrap">
              {windowOf(r)
                ? t("plan.subTargets.increase", { value: latestText(r, lang) })
                : latestText(r, lang)}
              {r.latestPeriod && (
                <Typography.Text type="secondary" className="rd-small">
                  {" "}
                  · {r.latestPeriod}
                </Typography.Text>
              )}
              <SourceInfo sources={r.sources} label={t("plan.source.of", { name: pick(r.indicatorName) })} />
            </span>
          ),
        },
        {
          key: "target",
          title: t("plan.col.targetValue"),
          width: 150,
          render: (_, r) => (
            <span className="rd-nowrap">
              {r.kind === "milestone" ? t("plan.subTargets.milestone") : formatTargetValue(r, lang)}
              <Typography.Text type="secondary" className="rd-small">
                {" "}
                · {r.year}
              </Typography.Text>
            </span>
          ),
        },
        {
          key: "ratio",
          title: t("plan.col.ratio"),
          width: 90,
          align: "right",
          render: (_, r) => formatShare(r.ratio, lang),
        },
        {
          key: "status",
          title: t("plan.col.status"),
          width: 110,
          render: (_, r) => <StatusTag status={r.status} />,
        },
      ]}
    />
  );
}
