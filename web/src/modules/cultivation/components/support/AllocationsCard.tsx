import type { Scheme } from "@rdcity/common";
import { Card, Tabs } from "antd";
import { useMemo } from "react";
import { ProblemAlert } from "../../../../app/components/ProblemAlert";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import { useAllocations } from "../../hooks/useSupportQueries";
import { AllocationsTable } from "./AllocationsTable";

/** The saved simulation per platform: who gets how much and why, who gets nothing and why. */
export function AllocationsCard({ scheme }: { scheme: Scheme }) {
  const { t, lang } = useI18n();
  const query = useAllocations(scheme.id);
  const n = (v: number) => new Intl.NumberFormat(lang).format(v);
  const [supported, excluded] = useMemo(() => {
    const all = query.data ?? [];
    return [all.filter((a) => a.excluded === null), all.filter((a) => a.excluded !== null)];
  }, [query.data]);
  return (
    <Card
      size="small"
      className="rd-card"
      title={
        scheme.status === "approved" ? t("cultivation.alloc.titleApproved") : t("cultivation.alloc.title")
      }
    >
      <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      <Tabs
        items={[
          {
            key: "supported",
            label: t("cultivation.alloc.supportedTab", { count: n(supported.length) }),
            children: (
              <AllocationsTable
                rows={supported}
                excluded={false}
                loading={query.isPending}
                caption={t("cultivation.alloc.supportedCaption")}
              />
            ),
          },
          {
            key: "excluded",
            label: t("cultivation.alloc.excludedTab", { count: n(excluded.length) }),
            children: (
              <AllocationsTable
                rows={excluded}
                excluded
                loading={query.isPending}
                caption={t("cultivation.alloc.excludedCaption")}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}
