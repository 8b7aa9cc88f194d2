import { InfoCircleOutlined, LinkOutlined } from "@ant-design/icons";
import { Button, Popover, Typography } from "antd";
import { useI18n } from "../../../app/i18n/I18nProvider";
import type { MessageKey } from "../../../app/i18n/zh-CN";
import { formatPeriod } from "./planFormat";

/** A value's origin: the plan's baseline, a publication (reported figure), or the registry's count as of a date. */
export interface SourceLike {
  kind: string;
  title: string | null;
  date: string | null;
  url: string | null;
  period: string | null;
}

const KIND_LABELS: Record<string, MessageKey> = {
  baseline: "plan.source.baseline",
  reported: "plan.source.reported",
  computed: "plan.source.computed",
};

/** Where each value came from: kind, publication title, date, period, and a link when there is one. */
export function SourceList({ sources }: { sources: readonly SourceLike[] }) {
  const { t, lang } = useI18n();
  if (!sources.length)
    return (
      <Typography.Text type="secondary" className="rd-small">
        {t("plan.source.none")}
      </Typography.Text>
    );
  return (
    <ul style={{ margin: 0, paddingInlineStart: 18, maxWidth: 420 }}>
      {sources.map((s) => {
        const kind = KIND_LABELS[s.kind] ? t(KIND_LABELS[s.kind] as MessageKey) : s.kind;
        const title =
          s.kind === "computed" ? t("plan.source.registry") : (s.title ?? t("plan.source.untitled"));
        const when = [
          s.period ? formatPeriod(s.period, lang) : null,
          s.date ? t("plan.source.published", { date: s.date }) : null,
        ]
          .filter(Boolean)
          .join(t("common.listSeparator"));
        return (
          <li
            key={`${s.kind}-${s.period ?? ""}-${s.title ?? ""}-${s.date ?? ""}`}
            style={{ marginBottom: 4 }}
          >
            <Typography.Text type="secondary">{t("plan.source.kindOf", { kind })}</Typography.Text>
            {s.url ? (
              <Typography.Link href={s.url} target="_blank" rel="noopener noreferrer">
                {title} <LinkOutlined aria-label={t("plan.source.opensNew")} />
              </Typography.Link>
            ) : (
              <Typography.Text>{title}</Typography.Text>
            )}
            {when && (
              <Typography.Text type="secondary" className="rd-small">
                {t("plan.source.when", { when })}
              </Typography.Text>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** A small "source" button beside a number that opens the list of its sources. */
export function SourceInfo({ sources, label }: { sources: readonly SourceLike[]; label?: string }) {
  const { t } = useI18n();
  return (
    <Popover title={t("plan.source.title")} content={<SourceList sources={sources} />} trigger="click">
      <Button
        type="text"
        size="small"
        icon={<InfoCircleOutlined />}
        aria-label={label ?? t("plan.source.title")}
        style={{ color: "rgba(0,0,0,0.55)" }}
      />
    </Popover>
  );
}
