import { Card, Empty, Flex, Segmented, Skeleton, Typography } from "antd";
import { useMemo } from "react";
import { useSearchParams } from "react-router";
import { PageHeader } from "../../../../app/components/PageHeader";
import { ProblemAlert } from "../../../../app/components/ProblemAlert";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import { fundLedgerUrl } from "../../api/supportApi";
import { BurnDownChart } from "../../components/support/BurnDownChart";
import { DisbursementsCard } from "../../components/support/DisbursementsCard";
import { ExportButtons } from "../../components/support/ExportButtons";
import { FundCards } from "../../components/support/FundCards";
import { useBurnDown, useFunds } from "../../hooks/useSupportQueries";

/**
 * 专项资金: one fund year at a time — budget, committed, paid and available, the burn-down of payments against
 * the budget, and the ledger of every payment with its export for the finance department.
 */
export function FundsPage() {
  const { t } = useI18n();
  const [search, setSearch] = useSearchParams();
  const funds = useFunds();
  const sorted = useMemo(() => [...(funds.data ?? [])].sort((a, b) => a.year - b.year), [funds.data]);
  const thisYear = new Date().getFullYear();
  const chosen =
    sorted.find((f) => f.id === search.get("fund")) ?? sorted.find((f) => f.year === thisYear) ?? sorted[0];
  const burnDown = useBurnDown(chosen?.id);
  const crumbs = [{ title: t("menu.cultivation") }, { title: t("menu.cultivationFunds") }];
  return (
    <>
      <PageHeader
        title={t("cultivation.fund.title")}
        subTitle={chosen ? chosen.name : t("cultivation.fund.subTitle")}
        breadcrumbs={crumbs}
        extra={
          chosen && (
            <ExportButtons
              what={t("cultivation.fund.ledgerOf", { year: chosen.year })}
              href={(f) => fundLedgerUrl(chosen.id, f)}
            />
          )
        }
      />
      <ProblemAlert error={funds.error} onRetry={() => void funds.refetch()} />
      {funds.isPending ? (
        <Skeleton active paragraph={{ rows: 10 }} />
      ) : !chosen ? (
        !funds.error && (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("cultivation.fund.empty")} />
        )
      ) : (
        <Flex vertical gap={16}>
          <Flex align="center" gap={12} wrap>
            <Typography.Text id="fund-year-label">{t("cultivation.fund.year")}</Typography.Text>
            <Segmented<string>
              aria-labelledby="fund-year-label"
              value={chosen.id}
              onChange={(v) => setSearch({ fund: v }, { replace: true })}
              options={sorted.map((f) => ({
                value: f.id,
                label: t("cultivation.fund.yearOption", { year: f.year }),
              }))}
            />
          </Flex>
          <FundCards fund={chosen} />
          <Card size="small" className="rd-card" title={t("cultivation.burn.title", { year: chosen.year })}>
            <ProblemAlert error={burnDown.error} onRetry={() => void burnDown.refetch()} />
            {burnDown.isPending ? (
              <Skeleton active paragraph={{ rows: 6 }} />
            ) : burnDown.data?.months.some((m) => Number(m.paid) > 0) ? (
              <BurnDownChart data={burnDown.data} />
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("cultivation.burn.empty")} />
            )}
          </Card>
          <DisbursementsCard
            filters={{ fundId: chosen.id }}
            title={t("cultivation.fund.ledger", { year: chosen.year })}
            showScheme
          />
        </Flex>
      )}
    </>
  );
}
