import { formatDate, type Platform } from "@rdcity/common";
import { Flex, type TableColumnsType, Tag, Typography } from "antd";
import { useMemo } from "react";
import { Link } from "react-router";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { LEVEL_COLOURS, STATUS_COLOURS, usePlatformLabels } from "./platformLabels";

/** Columns of the internal directory. */
export function usePlatformColumns(): TableColumnsType<Platform> {
  const { t } = useI18n();
  const labels = usePlatformLabels();
  return useMemo<TableColumnsType<Platform>>(
    () => [
      {
        key: "name",
        title: t("platform.col.name"),
        render: (_, p) => (
          <Flex vertical gap={2} className="rd-cell-wrap">
            <Link to={`/console/platforms/${p.id}`}>{p.name}</Link>
            {(labels.lang === "en-US" && p.nameEn) || p.externalCode ? (
              <Typography.Text type="secondary" className="rd-small">
                {[labels.lang === "en-US" ? p.nameEn : null, p.externalCode].filter(Boolean).join(" · ")}
              </Typography.Text>
            ) : null}
          </Flex>
        ),
      },
      {
        key: "type",
        title: t("platform.col.type"),
        render: (_, p) => (
          <Flex vertical gap={4} align="start">
            <span>{labels.type(p.typeCode)}</span>
            <Flex gap={4} wrap>
              <Tag color={LEVEL_COLOURS[p.level]}>{labels.level(p.level)}</Tag>
              {p.isRdCentre && <Tag color="magenta">{t("platform.rdCentre")}</Tag>}
              {p.isDemo && <Tag>{t("platform.demo")}</Tag>}
            </Flex>
          </Flex>
        ),
      },
      {
        key: "host",
        title: t("platform.col.host"),
        render: (_, p) => (p.host ? <Link to={`/console/entities/${p.host.id}`}>{p.host.name}</Link> : "—"),
      },
      {
        key: "area",
        title: t("platform.col.area"),
        render: (_, p) => (
          <Flex vertical gap={2} className="rd-cell-wrap">
            <span>{labels.district(p.districtCode)}</span>
            {p.zoneCode && (
              <Typography.Text type="secondary" className="rd-small">
                {labels.zone(p.zoneCode)}
              </Typography.Text>
            )}
          </Flex>
        ),
      },
      {
        key: "status",
        title: t("platform.col.status"),
        render: (_, p) => <Tag color={STATUS_COLOURS[p.status]}>{labels.platformStatus(p.status)}</Tag>,
      },
      {
        key: "recognisedOn",
        title: t("platform.col.recognisedOn"),
        render: (_, p) => <span className="rd-nowrap">{formatDate(p.recognisedOn) || "—"}</span>,
      },
    ],
    [t, labels],
  );
}
