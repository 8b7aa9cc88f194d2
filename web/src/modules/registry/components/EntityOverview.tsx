import { EyeOutlined, LockOutlined } from "@ant-design/icons";
import { type Entity, formatDate, formatDateTime } from "@rdcity/common";
import { Button, Card, Descriptions, Flex, Tag, Typography } from "antd";
import { useState } from "react";
import { useAuth } from "../../../app/auth/AuthProvider";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { useLabels } from "../../../app/i18n/labels";
import { FlagTags, IndustryTags } from "./EntityTags";
import { RevealModal } from "./RevealModal";

const none = <span className="rd-none">—</span>;
const orNone = (v: string | null | undefined) => (v ? v : none);

/** 基本信息, 分类标签 and 联系人 of one entity. */
export function EntityOverview({ entity }: { entity: Entity }) {
  const { t } = useI18n();
  const labels = useLabels();
  const f = labels.field;
  return (
    <Flex vertical gap={16}>
      <Card title={t("entity.section.basic")} size="small" className="rd-card">
        <Descriptions
          column={{ xs: 1, sm: 1, md: 2, xl: 3 }}
          size="middle"
          items={[
            { key: "name", label: f("name"), children: entity.name },
            { key: "nameEn", label: f("nameEn"), children: orNone(entity.nameEn) },
            {
              key: "uscc",
              label: f("uscc"),
              children: (
                <Typography.Text copyable className="rd-mono">
                  {entity.uscc}
                </Typography.Text>
              ),
            },
            { key: "kind", label: f("kind"), children: labels.kind(entity.kind) },
            {
              key: "district",
              label: f("districtCode"),
              children:
                labels.lang === "en-US"
                  ? `${labels.district(entity.districtCode)} (${entity.districtCode})`
                  : `${labels.district(entity.districtCode)}（${entity.districtCode}）`,
            },
            {
              key: "zone",
              label: f("zoneCode"),
              children: entity.zoneCode ? labels.zone(entity.zoneCode) : none,
            },
            {
              key: "foundedOn",
              label: f("foundedOn"),
              children: entity.foundedOn ? formatDate(entity.foundedOn) : none,
            },
            {
              key: "website",
              label: f("website"),
              children: entity.website ? (
                <Typography.Link
                  href={/^https?:\/\//.test(entity.website) ? entity.website : `https://${entity.website}`}
                  target="_blank"
                  rel="noopener noreferrer"
                >
                  {entity.website}
                </Typography.Link>
              ) : (
                none
              ),
            },
            { key: "address", label: f("address"), children: orNone(entity.address) },
            {
              key: "formerNames",
              label: f("formerNames"),
              span: "filled",
              children: entity.formerNames.length ? (
                <Flex gap={4} wrap>
                  {entity.formerNames.map((n) => (
                    <Tag key={n}>{n}</Tag>
                  ))}
                </Flex>
              ) : (
                none
              ),
            },
          ]}
        />
      </Card>
      <Card title={t("entity.section.tags")} size="small" className="rd-card">
        <Descriptions
          column={1}
          size="middle"
          items={[
            {
              key: "industries",
              label: f("industries"),
              children: <IndustryTags codes={entity.industries} />,
            },
            { key: "flags", label: f("flags"), children: <FlagTags entity={entity} /> },
          ]}
        />
      </Card>
      <ContactCard entity={entity} />
      <Card title={t("entity.section.record")} size="small" className="rd-card">
        <Descriptions
          column={{ xs: 1, md: 3, xl: 5 }}
          size="small"
          items={[
            { key: "createdAt", label: f("createdAt"), children: formatDateTime(entity.createdAt) },
            { key: "createdBy", label: f("createdBy"), children: orNone(entity.createdBy) },
            { key: "updatedAt", label: f("updatedAt"), children: formatDateTime(entity.updatedAt) },
            { key: "updatedBy", label: f("updatedBy"), children: orNone(entity.updatedBy) },
            { key: "version", label: f("version"), children: entity.version },
          ]}
        />
      </Card>
    </Flex>
  );
}

function ContactCard({ entity }: { entity: Entity }) {
  const { t } = useI18n();
  const { can } = useAuth();
  const labels = useLabels();
  const [revealed, setRevealed] = useState<Entity | null>(null);
  const [asking, setAsking] = useState(false);
  const shown = revealed && revealed.version === entity.version ? revealed : entity;
  const masked = shown.personalDataMasked;
  const hasContact = Boolean(entity.contactName || entity.contactPhone);
  return (
    <Card
      title={t("entity.section.contact")}
      size="small"
      className="rd-card"
      extra={
        masked && hasContact && can("entity.readPersonal") ? (
          <Button size="small" icon={<EyeOutlined />} onClick={() => setAsking(true)}>
            {t("reveal.button")}
          </Button>
        ) : null
      }
    >
      <Descriptions
        column={{ xs: 1, md: 2 }}
        size="middle"
        items={[
          { key: "contactName", label: labels.field("contactName"), children: orNone(shown.contactName) },
          { key: "contactPhone", label: labels.field("contactPhone"), children: orNone(shown.contactPhone) },
        ]}
      />
      <Typography.Text type="secondary" className="rd-small">
        {masked ? (
          <>
            <LockOutlined /> {t("entity.contactMasked")}
          </>
        ) : (
          revealed && t("reveal.logged")
        )}
      </Typography.Text>
      <RevealModal
        entityId={entity.id}
        open={asking}
        onClose={() => setAsking(false)}
        onRevealed={setRevealed}
      />
    </Card>
  );
}
