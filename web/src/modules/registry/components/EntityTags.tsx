import type { Entity } from "@rdcity/common";
import { Flex, Tag, Tooltip } from "antd";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { useLabels } from "../../../app/i18n/labels";

const STATUS_COLOURS: Record<Entity["status"], string> = {
  active: "green",
  merged: "purple",
  deregistered: "default",
};

export function StatusTag({ status }: { status: Entity["status"] }) {
  const labels = useLabels();
  return <Tag color={STATUS_COLOURS[status]}>{labels.status(status)}</Tag>;
}

export function DemoTag() {
  const { t } = useI18n();
  return (
    <Tooltip title={t("entity.demoHint")}>
      <Tag color="gold">{t("entity.demo")}</Tag>
    </Tooltip>
  );
}

/** Industries as tags; in tables only the first few, the rest counted. */
export function IndustryTags({
  codes,
  max,
  nowrap = false,
}: {
  codes: string[];
  max?: number;
  nowrap?: boolean;
}) {
  const labels = useLabels();
  if (codes.length === 0) return <span className="rd-none">—</span>;
  const shown = max ? codes.slice(0, max) : codes;
  const rest = codes.length - shown.length;
  return (
    <Flex gap={4} wrap={!nowrap}>
      {shown.map((c) => (
        <Tag key={c} color="blue" variant="outlined">
          {labels.industry(c)}
        </Tag>
      ))}
      {rest > 0 && (
        <Tooltip title={codes.slice(shown.length).map(labels.industry).join("、")}>
          <Tag>+{rest}</Tag>
        </Tooltip>
      )}
    </Flex>
  );
}

type FlagFields = Pick<
  Entity,
  "isListed" | "littleGiant" | "isHighTech" | "isFortune500Affiliate" | "isForeignInvested"
>;

/** The five registry flags as short tags (上市, 小巨人, 高企, 500强, 外资). */
export function FlagTags({ entity, compact = false }: { entity: FlagFields; compact?: boolean }) {
  const { t } = useI18n();
  const labels = useLabels();
  const tags: { key: string; text: string; color: string }[] = [];
  if (entity.isListed)
    tags.push({
      key: "listed",
      text: compact ? t("entity.flag.listed") : labels.field("isListed"),
      color: "geekblue",
    });
  if (entity.littleGiant !== "none") {
    const level = labels.littleGiant(entity.littleGiant);
    tags.push({
      key: "lg",
      text: t("entity.flag.littleGiant", { level }),
      color: entity.littleGiant === "national" ? "volcano" : "orange",
    });
  }
  if (entity.isHighTech)
    tags.push({
      key: "ht",
      text: compact ? t("entity.flag.highTech") : labels.field("isHighTech"),
      color: "cyan",
    });
  if (entity.isFortune500Affiliate)
    tags.push({
      key: "f500",
      text: compact ? t("entity.flag.fortune500") : labels.field("isFortune500Affiliate"),
      color: "magenta",
    });
  if (entity.isForeignInvested)
    tags.push({
      key: "fi",
      text: compact ? t("entity.flag.foreign") : labels.field("isForeignInvested"),
      color: "purple",
    });
  if (tags.length === 0) return <span className="rd-none">—</span>;
  return (
    <Flex gap={4} wrap={!compact}>
      {tags.map((x) => (
        <Tag key={x.key} color={x.color}>
          {x.text}
        </Tag>
      ))}
    </Flex>
  );
}
