import { REPORT_STATUSES } from "@rdcity/common";
import { useQuery } from "@tanstack/react-query";
import { Badge, Button, Card, Flex, Skeleton } from "antd";
import type { ListParams } from "../../../app/components/list/types";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { fetchReportCounts, reportKeys } from "../api/reports";
import { useReportLabels } from "./reportLabels";

type BadgeStatus = "success" | "processing" | "default" | "error" | "warning";
const BADGES: Record<string, BadgeStatus> = {
  draft: "default",
  submitted: "processing",
  returned: "warning",
  accepted: "success",
  flagged: "warning",
  overdue: "error",
};

type Counts = Awaited<ReturnType<typeof fetchReportCounts>>;

export function useReportCounts(params: ListParams) {
  const { status: _s, flagged: _f, overdue: _o, ...rest } = params;
  return useQuery({
    queryKey: reportKeys.counts(rest),
    queryFn: ({ signal }) => fetchReportCounts(rest, signal),
  });
}

/**
 * Counts by status, flagged and overdue under the other filters; each is a toggle of its filter, so a reviewer
 * goes from "12 submitted" to the twelve in one click.
 */
export function ReportCounts({
  counts,
  params,
  update,
}: {
  counts: Counts | undefined;
  params: ListParams;
  update: (changes: Record<string, string | undefined>) => void;
}) {
  const { t, lang } = useI18n();
  const labels = useReportLabels();
  if (!counts)
    return (
      <Card size="small" className="rd-card">
        <Skeleton.Button active size="small" block />
      </Card>
    );
  const total = Object.values(counts.status).reduce((s, n) => s + n, 0);
  const n = (v: number) => new Intl.NumberFormat(lang).format(v);
  const status = params.status?.split(",") ?? [];
  const chip = (key: string, label: string, count: number, active: boolean, onClick: () => void) => (
    <Button key={key} type={active ? "primary" : "default"} aria-pressed={active} onClick={onClick}>
      <Flex gap={6} align="center">
        {BADGES[key] && !active && <Badge status={BADGES[key]} />}
        <span>{label}</span>
        <strong>{n(count)}</strong>
      </Flex>
    </Button>
  );
  const list = [
    `${t("report.count.all")} ${total}`,
    ...REPORT_STATUSES.map((s) => `${labels.reportStatus(s)} ${counts.status[s] ?? 0}`),
    `${t("report.count.flagged")} ${counts.flagged}`,
    `${t("report.count.overdue")} ${counts.overdue}`,
  ];
  return (
    <Card size="small" className="rd-card">
      <Flex
        wrap
        gap={8}
        align="center"
        role="group"
        aria-label={t("report.count.aria", { list: list.join("，") })}
      >
        {chip("all", t("report.count.all"), total, !status.length && !params.flagged && !params.overdue, () =>
          update({ status: undefined, flagged: undefined, overdue: undefined }),
        )}
        {REPORT_STATUSES.map((s) =>
          chip(s, labels.reportStatus(s), counts.status[s] ?? 0, status.length === 1 && status[0] === s, () =>
            update({ status: status.length === 1 && status[0] === s ? undefined : s }),
          ),
        )}
        {chip("flagged", t("report.count.flagged"), counts.flagged, params.flagged === "true", () =>
          update({ flagged: params.flagged === "true" ? undefined : "true" }),
        )}
        {chip("overdue", t("report.count.overdue"), counts.overdue, params.overdue === "true", () =>
          update({ overdue: params.overdue === "true" ? undefined : "true" }),
        )}
      </Flex>
    </Card>
  );
}
