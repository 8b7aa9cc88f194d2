import { Card, Tabs } from "antd";
import { useSearchParams } from "react-router";
import { useAuth } from "../../../app/auth/AuthProvider";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { AuditTab } from "./AuditTab";
import { DuplicatesTab } from "./DuplicatesTab";
import { HistoryTab } from "./HistoryTab";

interface Props {
  entity: { id: string; name: string; etag: string; active: boolean };
}

/** 变更历史 / 疑似重复 / 审计记录 (the last only for roles that read the audit log). */
export function EntityTabs({ entity }: Props) {
  const { t } = useI18n();
  const { can } = useAuth();
  const [searchParams, setSearchParams] = useSearchParams();
  const items = [
    { key: "history", label: t("entity.tab.history"), children: <HistoryTab entityId={entity.id} /> },
    { key: "duplicates", label: t("entity.tab.duplicates"), children: <DuplicatesTab entity={entity} /> },
    ...(can("audit.read")
      ? [{ key: "audit", label: t("entity.tab.audit"), children: <AuditTab entityId={entity.id} /> }]
      : []),
  ];
  const requested = searchParams.get("tab");
  const active = items.some((i) => i.key === requested) ? (requested as string) : "history";
  return (
    <Card size="small" className="rd-card">
      <Tabs
        activeKey={active}
        onChange={(key) =>
          setSearchParams(
            (p) => {
              const next = new URLSearchParams(p);
              next.set("tab", key);
              return next;
            },
            { replace: true },
          )
        }
        items={items}
        destroyOnHidden
      />
    </Card>
  );
}
