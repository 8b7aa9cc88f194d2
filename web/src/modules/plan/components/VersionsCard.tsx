import { formatDateTime } from "@rdcity/common";
import { Card, Empty, Timeline, Typography } from "antd";
import { useI18n } from "../../../app/i18n/I18nProvider";
import type { MessageKey } from "../../../app/i18n/zh-CN";
import type { PlanVersion } from "../api/plan";

const FIELD_LABELS: Record<string, MessageKey> = {
  value: "plan.version.field.value",
  valueMax: "plan.version.field.valueMax",
  year: "plan.version.field.year",
  textZh: "plan.version.field.textZh",
  textEn: "plan.version.field.textEn",
  status: "plan.version.field.status",
  dueOn: "plan.version.field.dueOn",
  leadUnitId: "plan.version.field.leadUnit",
  leadUnitCode: "plan.version.field.leadUnit",
  partnerUnitIds: "plan.version.field.partners",
  partnerUnitCodes: "plan.version.field.partners",
};

const show = (v: unknown) =>
  v === null || v === undefined || v === "" ? "—" : Array.isArray(v) ? v.join(", ") : String(v);

/** What a version changed against the one before it (the first version is the plan as loaded). */
function changesOf(
  prev: PlanVersion | undefined,
  next: PlanVersion,
): { key: string; from: unknown; to: unknown }[] {
  if (!prev) return [];
  const keys = new Set([...Object.keys(prev.snapshot), ...Object.keys(next.snapshot)]);
  return [...keys]
    .filter((k) => JSON.stringify(prev.snapshot[k]) !== JSON.stringify(next.snapshot[k]))
    .map((k) => ({ key: k, from: prev.snapshot[k], to: next.snapshot[k] }));
}

/** The record's versions: who changed what, when and why (an approved change request each). */
export function VersionsCard({
  versions,
  recordType,
}: {
  versions: PlanVersion[];
  recordType: "target" | "task";
}) {
  const { t } = useI18n();
  const sorted = [...versions].sort((a, b) => a.version - b.version);
  return (
    <Card size="small" className="rd-card" title={t("plan.version.title")}>
      {sorted.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("plan.version.none")} />
      ) : (
        <Timeline
          items={sorted
            .map((v, i) => {
              const changes = changesOf(sorted[i - 1], v);
              return {
                key: v.version,
                content: (
                  <div>
                    <Typography.Text strong>{t("plan.version.n", { n: v.version })}</Typography.Text>
                    <Typography.Text type="secondary" className="rd-small">
                      {" "}
                      {formatDateTime(v.createdAt)}
                      {v.createdBy ? ` · ${v.createdBy}` : ""}
                    </Typography.Text>
                    <div className="rd-small">
                      {v.version === 1
                        ? t(recordType === "task" ? "plan.version.loadedTask" : "plan.version.loaded")
                        : (v.reason ?? t("plan.version.noReason"))}
                    </div>
                    {changes.length > 0 && (
                      <ul className="rd-small" style={{ margin: "4px 0 0", paddingInlineStart: 18 }}>
                        {changes.map((c) => (
                          <li key={c.key}>
                            {t("plan.version.change", {
                              field: FIELD_LABELS[c.key] ? t(FIELD_LABELS[c.key] as MessageKey) : c.key,
                              from: show(c.from),
                              to: show(c.to),
                            })}
                          </li>
                        ))}
                      </ul>
                    )}
                  </div>
                ),
              };
            })
            .reverse()}
        />
      )}
    </Card>
  );
}
