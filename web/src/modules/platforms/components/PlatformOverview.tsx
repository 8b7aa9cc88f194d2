import { formatDate, type Platform } from "@rdcity/common";
import { Card, Descriptions, Flex, Table, Tag, Typography } from "antd";
import { Link } from "react-router";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { usePlatformLabels } from "./platformLabels";

const dash = (v: string | null | undefined) => (v ? v : "—");

/** The platform's fields and its linked organisations (host and co-builders link to the registry). */
export function PlatformOverview({ platform: p }: { platform: Platform }) {
  const { t } = useI18n();
  const labels = usePlatformLabels();
  const items = [
    { key: "typeCode", label: labels.field("typeCode"), children: labels.type(p.typeCode) },
    { key: "category", label: t("platform.detail.category"), children: labels.category(p.category) },
    { key: "level", label: labels.field("level"), children: labels.level(p.level) },
    {
      key: "host",
      label: labels.field("hostEntityId"),
      children: p.host ? (
        <Flex vertical gap={2}>
          <Link to={`/console/entities/${p.host.id}`}>{p.host.name}</Link>
          <Typography.Text type="secondary" className="rd-small rd-mono">
            {p.host.uscc}
          </Typography.Text>
        </Flex>
      ) : (
        <Link to={`/console/entities/${p.hostEntityId}`}>{p.hostEntityId}</Link>
      ),
    },
    { key: "districtCode", label: labels.field("districtCode"), children: labels.district(p.districtCode) },
    { key: "zoneCode", label: labels.field("zoneCode"), children: dash(labels.zone(p.zoneCode)) },
    {
      key: "industries",
      label: labels.field("industries"),
      span: 2,
      children: p.industries.length ? (
        <Flex gap={4} wrap>
          {p.industries.map((i) => (
            <Tag key={i}>{labels.industry(i)}</Tag>
          ))}
        </Flex>
      ) : (
        "—"
      ),
    },
    { key: "recognisedOn", label: labels.field("recognisedOn"), children: dash(formatDate(p.recognisedOn)) },
    { key: "recognitionDocNo", label: labels.field("recognitionDocNo"), children: dash(p.recognitionDocNo) },
    { key: "externalCode", label: labels.field("externalCode"), children: dash(p.externalCode) },
    { key: "statusOn", label: t("platform.detail.statusOn"), children: dash(formatDate(p.statusOn)) },
    ...(p.successorId
      ? [
          {
            key: "successor",
            label: t("platform.detail.successor"),
            children: <Link to={`/console/platforms/${p.successorId}`}>{p.successorId}</Link>,
          },
        ]
      : []),
    {
      key: "website",
      label: labels.field("website"),
      children: p.website ? (
        <a
          href={/^https?:\/\//.test(p.website) ? p.website : `https://${p.website}`}
          rel="noreferrer"
          target="_blank"
        >
          {p.website}
        </a>
      ) : (
        "—"
      ),
    },
    { key: "address", label: labels.field("address"), children: dash(p.address) },
    {
      key: "contact",
      label: labels.field("contactName"),
      children: p.personalDataMasked ? (
        <Typography.Text type="secondary">{t("platform.detail.masked")}</Typography.Text>
      ) : (
        [p.contactName, p.contactPhone].filter(Boolean).join(" · ") || "—"
      ),
    },
    { key: "source", label: t("platform.detail.source"), children: dash(p.source) },
    { key: "description", label: labels.field("description"), span: 2, children: dash(p.description) },
    ...(p.notes !== null
      ? [{ key: "notes", label: labels.field("notes"), span: 2, children: dash(p.notes) }]
      : []),
  ];
  return (
    <Flex vertical gap={16}>
      <Card size="small" className="rd-card" title={t("platform.detail.overview")}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered items={items} />
      </Card>
      <Card size="small" className="rd-card" title={t("platform.detail.links")}>
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          aria-label={t("platform.detail.links")}
          dataSource={p.links}
          locale={{
            emptyText: <Typography.Text type="secondary">{t("platform.detail.noLinks")}</Typography.Text>,
          }}
          columns={[
            {
              key: "entity",
              title: t("platform.detail.organisation"),
              render: (_, l) => (
                <Link to={`/console/entities/${l.entityId}`}>{l.entityName ?? l.entityId}</Link>
              ),
            },
            { key: "role", title: t("platform.detail.role"), render: (_, l) => labels.linkRole(l.role) },
            {
              key: "period",
              title: t("platform.detail.period"),
              render: (_, l) =>
                l.startOn || l.endOn
                  ? `${formatDate(l.startOn) || "…"} – ${formatDate(l.endOn) || "…"}`
                  : "—",
            },
            { key: "note", title: t("platform.detail.note"), render: (_, l) => dash(l.note) },
          ]}
        />
      </Card>
    </Flex>
  );
}
