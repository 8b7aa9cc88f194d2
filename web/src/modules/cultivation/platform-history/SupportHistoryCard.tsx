import { type PlatformSupport, SUPPORT_SCHEME_STATUS_NAMES } from "@rdcity/common";
import { Card, Empty, Flex, Skeleton, Table, Tag, Typography } from "antd";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { ProblemAlert } from "../../../app/components/ProblemAlert";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { usePlatformSupport } from "./useHistory";

type Year = PlatformSupport["years"][number];
type Allocation = Year["allocations"][number];
type Payment = Year["disbursements"][number];

const PAYMENT_COLOURS: Record<Payment["status"], string> = {
  committed: "gold",
  paid: "green",
  cancelled: "default",
};

/** 万元 amounts (decimal strings) in the reader's language. */
function useMoney() {
  const { t, lang } = useI18n();
  return (value: string | number | null | undefined) =>
    value === null || value === undefined
      ? "—"
      : t("cultivation.evaluation.history.support.amount", {
          amount: new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
            Number(value),
          ),
        });
}

/**
 * The platform's support by R&D investment (研发投入支持), by support year: what each scheme allocated (with its
 * explanation, or why the platform was left out), the payments from the special fund and what was paid.
 */
export function SupportHistoryCard({ platformId }: { platformId: string }) {
  const { t } = useI18n();
  const money = useMoney();
  const query = usePlatformSupport(platformId);
  const title = t("cultivation.evaluation.history.support.title");
  if (query.isPending)
    return (
      <Card size="small" className="rd-card" title={title}>
        <Skeleton active paragraph={{ rows: 4 }} />
      </Card>
    );
  const years = query.data?.years ?? [];
  const allocated = (y: Year) =>
    y.allocations
      .filter((a) => !a.excluded && a.schemeStatus === "approved")
      .reduce((s, a) => s + Number(a.amount), 0);
  const committed = (y: Year) =>
    y.disbursements.filter((d) => d.status !== "cancelled").reduce((s, d) => s + Number(d.amount), 0);
  return (
    <Card size="small" className="rd-card" title={title}>
      <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      {years.length === 0 && !query.error ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t("cultivation.evaluation.history.support.empty")}
        />
      ) : (
        <Table<Year>
          size="small"
          rowKey="year"
          pagination={false}
          dataSource={years}
          scroll={{ x: 560 }}
          aria-label={title}
          expandable={{
            // The latest year the fund paid or committed something (else the latest year) opens at once.
            defaultExpandedRowKeys: [(years.find((y) => y.disbursements.length > 0) ?? years[0])?.year ?? 0],
            expandedRowRender: (y) => <YearDetail year={y} />,
            columnTitle: (
              <span className="rd-visually-hidden">
                {t("cultivation.evaluation.history.support.details")}
              </span>
            ),
          }}
          columns={[
            {
              key: "year",
              title: t("cultivation.evaluation.history.support.year"),
              dataIndex: "year",
              width: 110,
            },
            {
              key: "allocated",
              title: t("cultivation.evaluation.history.support.allocated"),
              align: "right",
              render: (_, y) => money(allocated(y)),
            },
            {
              key: "committed",
              title: t("cultivation.evaluation.history.support.committed"),
              align: "right",
              render: (_, y) => money(committed(y)),
            },
            {
              key: "paid",
              title: t("cultivation.evaluation.history.support.paid"),
              align: "right",
              render: (_, y) => <strong>{money(y.paid)}</strong>,
            },
          ]}
        />
      )}
    </Card>
  );
}

/** A titled list of rows with a line between them, or a quiet line when empty. */
function Rows<T>({
  title,
  items,
  empty,
  render,
  keyOf,
}: {
  title: string;
  items: T[];
  empty: string;
  render: (item: T) => ReactNode;
  keyOf: (item: T) => string;
}) {
  return (
    <Flex vertical gap={6}>
      <Typography.Text strong>{title}</Typography.Text>
      {items.length === 0 ? (
        <Typography.Text type="secondary">{empty}</Typography.Text>
      ) : (
        items.map((item) => (
          <div key={keyOf(item)} style={{ borderTop: "1px solid #f0f0f0", paddingTop: 6 }}>
            {render(item)}
          </div>
        ))
      )}
    </Flex>
  );
}

function YearDetail({ year }: { year: Year }) {
  const { t, pick } = useI18n();
  const money = useMoney();
  return (
    <Flex vertical gap={12}>
      <Rows<Allocation>
        title={t("cultivation.evaluation.history.support.allocations")}
        items={year.allocations}
        empty={t("cultivation.evaluation.history.support.noAllocations")}
        keyOf={(a) => a.schemeId}
        render={(a) => (
          <Flex vertical gap={2}>
            <Flex justify="space-between" gap={12} wrap>
              <span>
                <Link to={`/console/cultivation/support/${a.schemeId}`}>{a.schemeTitle}</Link>{" "}
                {a.schemeStatus !== "approved" && (
                  <Tag>{pick(SUPPORT_SCHEME_STATUS_NAMES[a.schemeStatus])}</Tag>
                )}
              </span>
              <strong>
                {a.excluded ? t("cultivation.evaluation.history.support.leftOut") : money(a.amount)}
              </strong>
            </Flex>
            <Typography.Text type="secondary" className="rd-small">
              {pick(a.text)}
            </Typography.Text>
          </Flex>
        )}
      />
      <Rows<Payment>
        title={t("cultivation.evaluation.history.support.payments")}
        items={year.disbursements}
        empty={t("cultivation.evaluation.history.support.noPayments")}
        keyOf={(d) => d.id}
        render={(d) => (
          <Flex justify="space-between" gap={12} wrap>
            <Flex vertical gap={2}>
              <span>{d.fund.name}</span>
              <Typography.Text type="secondary" className="rd-small">
                {d.schemeTitle ?? "—"}
                {d.paidOn
                  ? ` · ${t("cultivation.evaluation.history.support.paidOn", { date: d.paidOn, voucher: d.voucherNo ?? "—" })}`
                  : ""}
              </Typography.Text>
            </Flex>
            <Flex gap={8} align="center">
              <Tag color={PAYMENT_COLOURS[d.status]} style={{ marginInlineEnd: 0 }}>
                {pick(d.statusLabel)}
              </Tag>
              <strong>{money(d.amount)}</strong>
            </Flex>
          </Flex>
        )}
      />
    </Flex>
  );
}
