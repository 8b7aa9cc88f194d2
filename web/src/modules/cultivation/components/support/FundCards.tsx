import type { Fund } from "@rdcity/common";
import { Card, Col, Progress, Row, Statistic, Typography } from "antd";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import { formatMoney, moneyNumber } from "./money";
import { MONEY_COLOURS } from "./supportFormat";

/** A fund year's four figures in 万元 — budget, committed (incl. paid), paid, available — and how much is used. */
export function FundCards({ fund }: { fund: Fund }) {
  const { t, lang } = useI18n();
  const n = (v: number) => new Intl.NumberFormat(lang).format(v);
  const budget = moneyNumber(fund.budget);
  const committedShare = budget > 0 ? (moneyNumber(fund.committed) / budget) * 100 : 0;
  const paidShare = budget > 0 ? (moneyNumber(fund.paid) / budget) * 100 : 0;
  const cards = [
    { key: "budget", title: t("cultivation.fund.budget"), value: fund.budget },
    {
      key: "committed",
      title: t("cultivation.fund.committed"),
      value: fund.committed,
      note: t("cultivation.fund.committedNote", { count: n(fund.disbursements) }),
    },
    {
      key: "paid",
      title: t("cultivation.fund.paid"),
      value: fund.paid,
      note: t("cultivation.fund.paidNote", { count: n(fund.paidCount) }),
    },
    { key: "available", title: t("cultivation.fund.available"), value: fund.available },
  ];
  return (
    <Row gutter={[16, 16]}>
      {cards.map((c) => (
        <Col key={c.key} xs={12} xl={6}>
          <Card size="small" className="rd-card">
            <Statistic
              className="rd-stat-card"
              title={c.title}
              value={formatMoney(c.value, lang)}
              suffix={t("cultivation.unit")}
            />
            {c.note && (
              <Typography.Text type="secondary" className="rd-small">
                {c.note}
              </Typography.Text>
            )}
          </Card>
        </Col>
      ))}
      <Col xs={24}>
        <Card size="small" className="rd-card">
          <Typography.Text>
            {t("cultivation.fund.usage", {
              committed: new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(committedShare),
              paid: new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(paidShare),
            })}
          </Typography.Text>
          <Progress
            percent={Math.min(100, committedShare)}
            success={{ percent: Math.min(100, paidShare), strokeColor: MONEY_COLOURS.paid }}
            strokeColor={MONEY_COLOURS.committed}
            showInfo={false}
            aria-label={t("cultivation.fund.usageLabel")}
          />
        </Card>
      </Col>
    </Row>
  );
}
