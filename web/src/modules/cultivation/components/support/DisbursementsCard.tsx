import type { Disbursement } from "@rdcity/common";
import { Card, Flex, Typography } from "antd";
import { type ReactNode, useMemo, useState } from "react";
import { useAuth } from "../../../../app/auth/AuthProvider";
import { ProblemAlert } from "../../../../app/components/ProblemAlert";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import type { DisbursementFilters } from "../../api/supportApi";
import { useDisbursements } from "../../hooks/useSupportQueries";
import { CancelModal } from "./CancelModal";
import { DisbursementsTable } from "./DisbursementsTable";
import { formatMoney } from "./money";
import { PayModal } from "./PayModal";

const STATUS_ORDER: Record<Disbursement["status"], number> = { committed: 0, paid: 1, cancelled: 2 };

/** The payments of a scheme or a fund year, their totals by status, the exports, and paying or cancelling. */
export function DisbursementsCard({
  filters,
  title,
  extra,
  showScheme,
}: {
  filters: DisbursementFilters;
  title: string;
  extra?: ReactNode;
  showScheme?: boolean;
}) {
  const { t, lang } = useI18n();
  const { can } = useAuth();
  const query = useDisbursements(filters);
  const [paying, setPaying] = useState<Disbursement | null>(null);
  const [cancelling, setCancelling] = useState<Disbursement | null>(null);
  const manage = can("cultivation.manage");
  // What is still to pay comes first, then what was paid, then what was cancelled (each in the API's order).
  const rows = useMemo(
    () => [...(query.data ?? [])].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]),
    [query.data],
  );
  const sum = (s: Disbursement["status"]) =>
    rows.filter((d) => d.status === s).reduce((acc, d) => acc + Number(d.amount), 0);
  const count = (s: Disbursement["status"]) => rows.filter((d) => d.status === s).length;
  const n = (v: number) => new Intl.NumberFormat(lang).format(v);
  return (
    <Card
      size="small"
      className="rd-card"
      title={title}
      extra={
        extra && (
          <Flex gap={8} wrap>
            {extra}
          </Flex>
        )
      }
    >
      <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      {rows.length > 0 && (
        <Typography.Paragraph>
          {t("cultivation.disb.totals", {
            committed: formatMoney(sum("committed"), lang),
            committedCount: n(count("committed")),
            paid: formatMoney(sum("paid"), lang),
            paidCount: n(count("paid")),
            cancelledCount: n(count("cancelled")),
          })}
        </Typography.Paragraph>
      )}
      <DisbursementsTable
        rows={rows}
        loading={query.isFetching}
        pending={query.isPending}
        caption={title}
        showScheme={showScheme}
        onPay={manage ? setPaying : undefined}
        onCancel={manage ? setCancelling : undefined}
      />
      {manage && <PayModal item={paying} onClose={() => setPaying(null)} />}
      {manage && <CancelModal item={cancelling} onClose={() => setCancelling(null)} />}
    </Card>
  );
}
