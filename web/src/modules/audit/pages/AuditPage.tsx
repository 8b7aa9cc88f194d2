import { DataList } from "../../../app/components/list/DataList";
import type { FilterDef } from "../../../app/components/list/types";
import { PageHeader } from "../../../app/components/PageHeader";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { auditKeys, searchAudit } from "../api/audit";
import { useAuditColumns, useAuditExpandable } from "../components/auditColumns";
import { useVerifyChain, VerifyChainButton, VerifyChainResult } from "../components/VerifyChainButton";

const TARGET_TYPES = ["entity", "user", "import", "api_token"] as const;

export function AuditPage() {
  const { t } = useI18n();
  const expandable = useAuditExpandable();
  const columns = useAuditColumns();
  const verification = useVerifyChain();
  const filters: FilterDef[] = [
    { kind: "text", name: "actor", label: t("audit.actor"), placeholder: t("audit.actorPlaceholder") },
    { kind: "text", name: "action", label: t("audit.action"), placeholder: t("audit.actionPlaceholder") },
    {
      kind: "select",
      name: "targetType",
      label: t("audit.targetType"),
      options: TARGET_TYPES.map((v) => ({ value: v, label: t(`audit.targetType.${v}`) })),
    },
    { kind: "text", name: "targetId", label: t("audit.targetId") },
    { kind: "dateRange", name: "from", toName: "to", label: t("audit.period") },
  ];
  return (
    <>
      <PageHeader
        title={t("audit.title")}
        subTitle={t("audit.subTitle")}
        breadcrumbs={[{ title: t("menu.audit") }]}
        extra={<VerifyChainButton onClick={() => verification.mutate()} loading={verification.isPending} />}
      />
      <VerifyChainResult verification={verification} />
      <DataList
        queryKey={auditKeys.list}
        fetchPage={searchAudit}
        columns={columns}
        rowKey="id"
        caption={t("audit.title")}
        filters={filters}
        expandable={expandable}
        emptyText={t("audit.empty")}
      />
    </>
  );
}
