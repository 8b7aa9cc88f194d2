import { type Entity, formatDate } from "@rdcity/common";
import { Flex, type TableColumnsType, Typography } from "antd";
import { useMemo } from "react";
import { Link } from "react-router";
import { useLabels } from "../../../app/i18n/labels";
import { DemoTag, FlagTags, IndustryTags, StatusTag } from "./EntityTags";

/** Columns of the entity list: name (with status when not active), code, kind, district, zone, industries, flags, updated. */
export function useEntityColumns(): TableColumnsType<Entity> {
  const labels = useLabels();
  return useMemo<TableColumnsType<Entity>>(
    () => [
      {
        key: "name",
        title: labels.field("name"),
        fixed: "left",
        width: 250,
        render: (_, e) => (
          <Flex vertical gap={2}>
            <Flex gap={6} align="center" wrap>
              <Link to={`/console/entities/${e.id}`} className="rd-entity-link">
                {e.name}
              </Link>
              {e.status !== "active" && <StatusTag status={e.status} />}
              {e.isDemo && <DemoTag />}
            </Flex>
            {labels.lang === "en-US" && e.nameEn && (
              <Typography.Text
                type="secondary"
                className="rd-small"
                ellipsis={{ tooltip: e.nameEn }}
                style={{ maxWidth: 230 }}
              >
                {e.nameEn}
              </Typography.Text>
            )}
          </Flex>
        ),
      },
      {
        key: "uscc",
        title: labels.field("uscc"),
        dataIndex: "uscc",
        render: (v: string) => <span className="rd-mono rd-nowrap">{v}</span>,
      },
      {
        key: "kind",
        title: labels.field("kind"),
        dataIndex: "kind",
        className: "rd-nowrap",
        render: (v: string) => labels.kind(v),
      },
      {
        key: "district",
        title: labels.field("districtCode"),
        dataIndex: "districtCode",
        className: "rd-nowrap",
        render: (v: string) => labels.district(v),
      },
      {
        key: "zone",
        title: labels.field("zoneCode"),
        dataIndex: "zoneCode",
        render: (v: string | null) => (v ? labels.zone(v) : <span className="rd-none">—</span>),
      },
      {
        key: "industries",
        title: labels.field("industries"),
        dataIndex: "industries",
        render: (v: string[]) => <IndustryTags codes={v} max={2} />,
      },
      { key: "flags", title: labels.field("flags"), render: (_, e) => <FlagTags entity={e} compact /> },
      {
        key: "updatedAt",
        title: labels.field("updatedAt"),
        dataIndex: "updatedAt",
        className: "rd-nowrap",
        render: (v: string) => formatDate(v),
      },
    ],
    [labels],
  );
}
