import { UndoOutlined } from "@ant-design/icons";
import type { OverBudgetPolicy, Scheme } from "@rdcity/common";
import { Button, Card, Col, Flex, InputNumber, Row, Select, Spin, Typography } from "antd";
import { type ReactNode, useId, useMemo, useState } from "react";
import { ProblemAlert } from "../../../../app/components/ProblemAlert";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import { useWhatIf } from "../../hooks/useSupportQueries";
import { formatMoneyShort } from "./money";
import { rulesOf } from "./supportFormat";
import { WhatIfResult } from "./WhatIfResult";
import { savedWhatIf, toOverrides, type WhatIfValues } from "./whatIfValues";

/** A rate as the rules take it: per cent with at most four decimals. */
const rate = (v: number | null) => (v === null ? null : Math.round(v * 10_000) / 10_000);

function Field({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <Flex vertical gap={4}>
      <label htmlFor={id}>{label}</label>
      {children}
    </Flex>
  );
}

/**
 * 如果……会怎样: change the share or a tier's rate, the cap, the minimum, the budget or what exceeding it does, and
 * see the totals and each platform's change against the saved rules. Nothing is saved.
 */
export function WhatIfPanel({ scheme }: { scheme: Scheme }) {
  const { t, lang } = useI18n();
  const baseId = useId();
  const saved = useMemo(() => savedWhatIf(scheme), [scheme]);
  const [values, setValues] = useState<WhatIfValues>(saved);
  const overrides = useMemo(() => toOverrides(values, saved), [values, saved]);
  const changed = Object.keys(overrides).length > 0;
  const query = useWhatIf(scheme.id, overrides, changed);
  const rules = rulesOf(scheme.rules);
  const set = (patch: Partial<WhatIfValues>) => setValues((v) => ({ ...v, ...patch }));
  const unit = t("cultivation.unit");
  return (
    <Card
      size="small"
      className="rd-card"
      title={t("cultivation.whatIf.title")}
      extra={
        <Button icon={<UndoOutlined />} disabled={!changed} onClick={() => setValues(saved)}>
          {t("cultivation.whatIf.reset")}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t("cultivation.whatIf.hint")}</Typography.Paragraph>
      <Row gutter={[16, 12]}>
        {rules.rate.kind === "share" ? (
          <Col xs={12} md={8} xl={4}>
            <Field id={`${baseId}-percent`} label={t("cultivation.whatIf.percent")}>
              <InputNumber
                id={`${baseId}-percent`}
                min={0.0001}
                max={100}
                step={0.5}
                suffix="%"
                style={{ width: "100%" }}
                value={values.percent}
                onChange={(v) => set({ percent: rate(v) })}
              />
            </Field>
          </Col>
        ) : (
          rules.rate.tiers.map((tier, i) => {
            const id = `${baseId}-tier-${i}`;
            const tiers = rules.rate.kind === "tiers" ? rules.rate.tiers : [];
            const from = i > 0 ? formatMoneyShort(tiers[i - 1]?.upTo ?? null, lang) : null;
            const upTo = tier.upTo === null ? null : formatMoneyShort(tier.upTo, lang);
            const label =
              from === null
                ? t("cultivation.whatIf.tierFirst", { upTo: upTo ?? "—" })
                : upTo === null
                  ? t("cultivation.whatIf.tierLast", { from })
                  : t("cultivation.whatIf.tierMiddle", { from, upTo });
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: a tier is its position
              <Col key={i} xs={12} md={8} xl={4}>
                <Field id={id} label={label}>
                  <InputNumber
                    id={id}
                    min={0}
                    max={100}
                    step={0.5}
                    suffix="%"
                    style={{ width: "100%" }}
                    value={values.tierPercents[i] ?? null}
                    onChange={(v) =>
                      set({ tierPercents: values.tierPercents.map((p, j) => (j === i ? rate(v) : p)) })
                    }
                  />
                </Field>
              </Col>
            );
          })
        )}
        <Col xs={12} md={8} xl={4}>
          <Field id={`${baseId}-cap`} label={t("cultivation.whatIf.cap", { unit })}>
            <InputNumber
              id={`${baseId}-cap`}
              min={0.01}
              precision={2}
              style={{ width: "100%" }}
              placeholder={t("cultivation.rules.noCap")}
              value={values.cap}
              onChange={(v) => set({ cap: v })}
            />
          </Field>
        </Col>
        <Col xs={12} md={8} xl={4}>
          <Field id={`${baseId}-minimum`} label={t("cultivation.whatIf.minimum", { unit })}>
            <InputNumber
              id={`${baseId}-minimum`}
              min={0.01}
              precision={2}
              style={{ width: "100%" }}
              placeholder={t("cultivation.rules.noMinimum")}
              value={values.minimum}
              onChange={(v) => set({ minimum: v })}
            />
          </Field>
        </Col>
        <Col xs={12} md={8} xl={4}>
          <Field id={`${baseId}-budget`} label={t("cultivation.whatIf.budgetInput", { unit })}>
            <InputNumber
              id={`${baseId}-budget`}
              min={0.01}
              precision={2}
              style={{ width: "100%" }}
              value={values.budget}
              onChange={(v) => set({ budget: v })}
            />
          </Field>
        </Col>
        <Col xs={24} md={8} xl={6}>
          <Field id={`${baseId}-over`} label={t("cultivation.rules.overBudget")}>
            <Select<OverBudgetPolicy>
              id={`${baseId}-over`}
              value={values.overBudget}
              onChange={(v) => set({ overBudget: v })}
              options={[
                { value: "refuse", label: t("cultivation.form.refuse") },
                { value: "scale", label: t("cultivation.form.scale") },
              ]}
            />
          </Field>
        </Col>
      </Row>
      <div style={{ marginTop: 16 }} aria-live="polite">
        {!changed ? (
          <Typography.Text type="secondary">{t("cultivation.whatIf.unchanged")}</Typography.Text>
        ) : query.error ? (
          <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
        ) : query.data ? (
          <Spin spinning={query.isFetching}>
            <WhatIfResult simulation={query.data} />
          </Spin>
        ) : (
          <Spin />
        )}
      </div>
    </Card>
  );
}
