import { formatDate, type PublicPlatform } from "@rdcity/common";
import { Flex, type TableColumnsType, Tag, Typography } from "antd";
import { useMemo } from "react";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { LEVEL_COLOURS, STATUS_COLOURS, usePlatformLabels } from "../components/platformLabels";

/** Columns of the public directory: public fields only. */
export function usePublicColumns(): TableColumnsType<PublicPlatform> {
  const { t } = useI18n();
  const labels = usePlatformLabels();
  return useMemo<TableColumnsType<PublicPlatform>>(() => {
    const en = labels.lang === "en-US";
    return [
      {
        key: "name",
        title: t("platform.col.name"),
        render: (_, p) => (
          <Flex vertical gap={2} className="rd-cell-wrap">
            <Typography.Text strong>{en && p.nameEn ? p.nameEn : p.name}</Typography.Text>
            {en && p.nameEn && (
              <Typography.Text type="secondary" className="rd-small">
                {p.name}
              </Typography.Text>
            )}
            {p.website && (
              <a
                className="rd-small"
                href={/^https?:\/\//.test(p.website) ? p.website : `https://${p.website}`}
                rel="noreferrer"
                target="_blank"
              >
                {p.website}
              </a>
            )}
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
              {p.isDemo && <Tag>{t("public.demo")}</Tag>}
            </Flex>
          </Flex>
        ),
      },
      {
        key: "host",
        title: t("public.host"),
        render: (_, p) => (
          <Flex vertical gap={2} className="rd-cell-wrap">
            <span>{p.hostName ?? "—"}</span>
            {p.coBuilders.length > 0 && (
              <Typography.Text type="secondary" className="rd-small">
                {t("public.coBuilders")}
                {en ? ": " : "："}
                {p.coBuilders.map((c) => c.name).join(en ? ", " : "、")}
              </Typography.Text>
            )}
          </Flex>
        ),
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
    ];
  }, [t, labels]);
}
