import {
  districtByCode,
  type EvaluationResult,
  PLATFORM_LEVEL_NAMES,
  type PlatformLevel,
  platformTypeByCode,
} from "@rdcity/common";
import { Button, Flex, type TableColumnsType, Typography } from "antd";
import type { SortOrder } from "antd/es/table/interface";
import { Link } from "react-router";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import { FollowupLinks } from "./FollowupLinks";
import { GradeTag } from "./GradeTag";
import { formatScore } from "./scoreFormat";

/** The platform's type, level and district in the reader's language. */
export function usePlatformFacts() {
  const { pick, lang } = useI18n();
  const en = lang === "en-US";
  return (p: EvaluationResult["platform"]) => {
    const type = platformTypeByCode(p.typeCode);
    const level = PLATFORM_LEVEL_NAMES[p.level as PlatformLevel];
    const district = districtByCode(p.districtCode);
    return [
      type ? (en ? type.nameEn : type.name) : p.typeCode,
      level ? pick(level) : p.level,
      district ? (en ? district.nameEn : district.name) : p.districtCode,
    ].join(" · ");
  };
}

/** Sort parameter of the API → the column it sorts and its order. */
function orderOf(sort: string | undefined, column: string): SortOrder {
  const s = sort ?? "-score";
  if (column === "score") return s === "-score" ? "descend" : s === "score" ? "ascend" : null;
  if (column === "rank") return s === "rank" ? "ascend" : null;
  if (column === "platform") return s === "name" ? "ascend" : null;
  return null;
}

/**
 * The results' columns: platform (with type, level, district), peer group, data, expert and final scores, grade,
 * rank in the group, follow-ups, and "start rectification" where the caller may order one.
 */
export function useResultColumns({
  sort,
  mayRectify,
  onRectify,
}: {
  sort: string | undefined;
  /** Whether this result may get a rectification now (published round, failed, none yet, cultivation.manage). */
  mayRectify: (r: EvaluationResult) => boolean;
  onRectify: (r: EvaluationResult) => void;
}): TableColumnsType<EvaluationResult> {
  const { t, pick, lang } = useI18n();
  const facts = usePlatformFacts();
  return [
    {
      key: "platform",
      title: t("cultivation.evaluation.col.platform"),
      sorter: true,
      sortOrder: orderOf(sort, "platform"),
      sortDirections: ["ascend"],
      render: (_, r) => (
        <Flex vertical>
          <Link to={`/console/platforms/${r.platform.id}`}>{r.platform.name}</Link>
          <Typography.Text type="secondary" className="rd-small">
            {facts(r.platform)}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: "peerGroup",
      title: t("cultivation.evaluation.col.peerGroup"),
      width: 190,
      render: (_, r) => (
        <Flex vertical>
          <span>{pick(r.peerGroupName)}</span>
          <Typography.Text type="secondary" className="rd-small">
            {t("cultivation.evaluation.col.peers", { count: r.peers })}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: "dataScore",
      title: t("cultivation.evaluation.col.dataScore"),
      align: "right",
      width: 90,
      render: (_, r) => formatScore(r.dataScore, lang),
    },
    {
      key: "expertScore",
      title: t("cultivation.evaluation.col.expertScore"),
      align: "right",
      width: 90,
      render: (_, r) => formatScore(r.expertScore, lang),
    },
    {
      key: "score",
      title: t("cultivation.evaluation.col.score"),
      align: "right",
      width: 100,
      sorter: true,
      sortOrder: orderOf(sort, "score"),
      sortDirections: ["descend", "ascend"],
      render: (_, r) => <strong>{formatScore(r.score, lang)}</strong>,
    },
    {
      key: "grade",
      title: t("cultivation.evaluation.col.grade"),
      width: 80,
      render: (_, r) => <GradeTag grade={r.grade} />,
    },
    {
      key: "rank",
      title: t("cultivation.evaluation.col.rank"),
      align: "right",
      width: 100,
      sorter: true,
      sortOrder: orderOf(sort, "rank"),
      sortDirections: ["ascend"],
      render: (_, r) =>
        r.rankInGroup === null ? (
          <Typography.Text type="secondary">{t("cultivation.evaluation.col.unranked")}</Typography.Text>
        ) : (
          t("cultivation.evaluation.col.rankOf", { rank: r.rankInGroup, peers: r.peers })
        ),
    },
    {
      key: "followups",
      title: t("cultivation.evaluation.col.followups"),
      width: 170,
      render: (_, r) =>
        mayRectify(r) ? (
          <Flex vertical gap={4} align="start">
            {r.followups.length > 0 && <FollowupLinks followups={r.followups} compact />}
            <Button size="small" danger onClick={() => onRectify(r)}>
              {t("cultivation.evaluation.rectify.action")}
            </Button>
          </Flex>
        ) : (
          <FollowupLinks followups={r.followups} compact />
        ),
    },
  ];
}

/** The API's sort parameter for a column's order (the default, -score, is left out of the address). */
export function sortParam(column: string | undefined, order: SortOrder | undefined): string | undefined {
  if (!order) return undefined;
  if (column === "score") return order === "ascend" ? "score" : undefined;
  if (column === "rank") return "rank";
  if (column === "platform") return "name";
  return undefined;
}
