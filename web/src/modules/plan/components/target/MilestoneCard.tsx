import { CheckCircleFilled, FlagOutlined } from "@ant-design/icons";
import type { TargetProgress } from "@rdcity/common";
import { Card, Flex, Typography } from "antd";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import { StatusTag } from "../StatusTag";

/** A milestone (from none to one) instead of a chart: reached or not, by when, and what the status means. */
export function MilestoneCard({ target: t, asOf }: { target: TargetProgress; asOf: string | undefined }) {
  const { t: tr, pick } = useI18n();
  const reached = !!t.achievedOn;
  return (
    <Card size="small" className="rd-card" title={tr("plan.milestone.title")}>
      <Flex gap={20} align="center" style={{ padding: "16px 8px" }}>
        {reached ? (
          <CheckCircleFilled style={{ fontSize: 48, color: "#389e0d" }} aria-hidden />
        ) : (
          <FlagOutlined style={{ fontSize: 48, color: "#8c8c8c" }} aria-hidden />
        )}
        <Flex vertical gap={4}>
          <Typography.Text strong style={{ fontSize: 20 }}>
            {reached ? tr("plan.card.achievedOn", { date: t.achievedOn }) : tr("plan.card.notYet")}
          </Typography.Text>
          <Typography.Text>{pick(t.text)}</Typography.Text>
          <Typography.Text type="secondary">
            {tr("plan.milestone.by", { year: t.year })}
            {!reached && asOf ? tr("plan.milestone.asOf", { date: asOf }) : ""}
          </Typography.Text>
          <span>
            <StatusTag status={t.status} />
          </span>
        </Flex>
      </Flex>
      <Typography.Paragraph type="secondary" className="rd-small" style={{ margin: 0 }}>
        {tr("plan.milestone.rule", { year: t.year })}
      </Typography.Paragraph>
    </Card>
  );
}
