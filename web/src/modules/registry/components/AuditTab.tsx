import { useQuery } from "@tanstack/react-query";
import { Skeleton } from "antd";
import { Suspense } from "react";
import { ProblemAlert } from "../../../app/components/ProblemAlert";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { AuditEntryTable } from "../../audit";
import { entityKeys, fetchEntityAudit } from "../api/entities";

/** 审计记录 of one entity: who wrote or read it (personal data reads included), with before/after. */
export function AuditTab({ entityId }: { entityId: string }) {
  const { t } = useI18n();
  const audit = useQuery({ queryKey: entityKeys.audit(entityId), queryFn: () => fetchEntityAudit(entityId) });
  if (audit.isPending) return <Skeleton active />;
  if (audit.error) return <ProblemAlert error={audit.error} onRetry={() => void audit.refetch()} />;
  return (
    <Suspense fallback={<Skeleton active />}>
      <AuditEntryTable entries={audit.data} caption={t("entity.tab.audit")} />
    </Suspense>
  );
}
