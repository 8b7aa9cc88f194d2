import { CheckOutlined, LinkOutlined } from "@ant-design/icons";
import { CITY_CODE, formatDateTime, type Indicator, type Observation } from "@rdcity/common";
import { Button, Card, Flex, Table, Tag, Tooltip, Typography } from "antd";
import type { ReactNode } from "react";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import { useLabels } from "../../../../app/i18n/labels";
import { DATA_STATUS } from "../dataStatus";
import { emptyText } from "../emptyText";
import { formatMeasure, formatPeriod, type Measure, withQualifier } from "../planFormat";

/**
 * Every figure of the target's indicators, all vintages: value with its qualifier, data status, source (title,
 * date, link), vintage (a replaced one marked superseded, a revision with its reason), review state.
 */
export function ObservationHistory({
  observations,
  measureOf,
  indicators,
  onVerify,
  verifying,
  extra,
}: {
  observations: Observation[];
  /** How to write a figure of an indicator (its unit and decimals). */
  measureOf: (indicatorCode: string) => Measure;
  indicators: Indicator[] | undefined;
  /** Present when the reader may verify figures. */
  onVerify?: (o: Observation) => void;
  verifying?: string | null;
  extra?: ReactNode;
}) {
  const { t, lang, pick } = useI18n();
  const labels = useLabels();
  const several = new Set(observations.map((o) => o.indicatorCode)).size > 1;
  const nameOf = (code: string) => {
    const ind = indicators?.find((i) => i.code === code);
    return ind ? pick(ind.name) : code;
  };
  const rows = [...observations].sort(
    (a, b) =>
      a.indicatorCode.localeCompare(b.indicatorCode) ||
      b.period.localeCompare(a.period) ||
      a.areaCode.localeCompare(b.areaCode) ||
      b.vintage - a.vintage,
  );
  return (
    <Card size="small" className="rd-card" title={t("plan.history.title")} extra={extra}>
      <Table<Observation>
        size="small"
        rowKey="id"
        dataSource={rows}
        pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        scroll={{ x: 1120 }}
        locale={emptyText(t("plan.history.empty"))}
        columns={[
          ...(several
            ? [
                {
                  key: "indicator",
                  title: t("plan.col.indicator"),
                  width: 140,
                  render: (_: unknown, o: Observation) => nameOf(o.indicatorCode),
                },
              ]
            : []),
          {
            key: "period",
            title: t("plan.col.period"),
            width: 90,
            render: (_, o) => (
              <span className="rd-nowrap">
                {formatPeriod(o.period, lang)}
                {o.areaCode && o.areaCode !== CITY_CODE && (
                  <Typography.Text type="secondary" className="rd-small">
                    {" "}
                    · {labels.district(o.areaCode)}
                  </Typography.Text>
                )}
              </span>
            ),
          },
          {
            key: "value",
            title: t("plan.col.value"),
            width: 120,
            align: "right",
            render: (_, o) =>
              o.value === null ? (
                <Typography.Text type="secondary">—</Typography.Text>
              ) : (
                <Typography.Text delete={o.superseded} strong={!o.superseded} className="rd-nowrap">
                  {withQualifier(formatMeasure(o.value, measureOf(o.indicatorCode), lang), o.qualifier, lang)}
                </Typography.Text>
              ),
          },
          {
            key: "dataStatus",
            title: t("plan.col.dataStatus"),
            width: 110,
            render: (_, o) => {
              const s = DATA_STATUS[o.dataStatus];
              return <Tag color={s?.colour}>{s ? t(s.label) : o.dataStatus}</Tag>;
            },
          },
          {
            key: "source",
            title: t("plan.col.source"),
            render: (_, o) => (
              <Flex vertical gap={2} style={{ minWidth: 300 }}>
                {o.source.url ? (
                  <Typography.Link href={o.source.url} target="_blank" rel="noopener noreferrer">
                    {o.source.title ?? o.source.url} <LinkOutlined aria-label={t("plan.source.opensNew")} />
                  </Typography.Link>
                ) : (
                  <Typography.Text>{o.source.title ?? t("plan.source.untitled")}</Typography.Text>
                )}
                {o.source.date && (
                  <Typography.Text type="secondary" className="rd-small">
                    {t("plan.source.published", { date: o.source.date })}
                  </Typography.Text>
                )}
                {o.source.note && (
                  <Typography.Paragraph
                    type="secondary"
                    className="rd-small"
                    style={{ margin: 0 }}
                    ellipsis={{ rows: 2, expandable: "collapsible" }}
                  >
                    {o.source.note}
                  </Typography.Paragraph>
                )}
              </Flex>
            ),
          },
          {
            key: "vintage",
            title: t("plan.col.vintage"),
            width: 110,
            render: (_, o) => (
              <Flex vertical gap={2} align="flex-start">
                <span>
                  {t("plan.history.vintage", { n: o.vintage })}
                  {o.superseded && <Tag style={{ marginInlineStart: 6 }}>{t("plan.history.superseded")}</Tag>}
                </span>
                {o.revisionReason && (
                  <Tooltip title={o.revisionReason}>
                    <Typography.Text type="secondary" className="rd-small" ellipsis style={{ maxWidth: 140 }}>
                      {t("plan.history.revision", { reason: o.revisionReason })}
                    </Typography.Text>
                  </Tooltip>
                )}
              </Flex>
            ),
          },
          {
            key: "review",
            title: t("plan.col.review"),
            width: 140,
            render: (_, o) =>
              o.reviewState === "verified" ? (
                <Tag color="green">{t("plan.review.verified")}</Tag>
              ) : (
                <Flex gap={6} align="center" wrap>
                  <Tag color="gold">{t("plan.review.entered")}</Tag>
                  {onVerify && !o.superseded && o.value !== null && (
                    <Button
                      size="small"
                      icon={<CheckOutlined />}
                      loading={verifying === o.id}
                      onClick={() => onVerify(o)}
                      aria-label={t("plan.review.verifyOf", { period: formatPeriod(o.period, lang) })}
                    >
                      {t("plan.review.verify")}
                    </Button>
                  )}
                </Flex>
              ),
          },
          {
            key: "recorded",
            title: t("plan.col.recorded"),
            width: 150,
            render: (_, o) => (
              <Flex vertical>
                <span className="rd-small rd-nowrap">{formatDateTime(o.createdAt)}</span>
                <Typography.Text type="secondary" className="rd-small">
                  {o.createdBy ?? ""}
                </Typography.Text>
              </Flex>
            ),
          },
        ]}
      />
    </Card>
  );
}
