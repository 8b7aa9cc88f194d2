import { SaveOutlined, UndoOutlined } from "@ant-design/icons";
import type { CultivationRound } from "@rdcity/common";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, Button, Card, Col, Flex, InputNumber, Row, Slider, Spin, Typography } from "antd";
import { useId, useMemo, useState } from "react";
import { ProblemAlert } from "../../../../app/components/ProblemAlert";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import { poolKeys } from "../../api/poolApi";
import { scoreRound, updateRound } from "../../api/poolWrites";
import { usePreview } from "../../hooks/usePreview";
import { PreviewTable } from "./PreviewTable";
import { fieldName, formatFigure, weightShares } from "./poolFormat";

type Weights = Record<string, number>;

const savedWeights = (round: CultivationRound): Weights =>
  Object.fromEntries(round.criteria.scored.map((c) => [c.field, c.weight]));

/**
 * Weights to try: a slider and a number per criterion; the ranking under them is asked for as they settle and
 * shown with every rank change (nothing saved). Saving is explicit: the new weights are written against the version
 * read (If-Match) and the round is scored again.
 */
export function WeightsPanel({ round, canSave }: { round: CultivationRound; canSave: boolean }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const baseId = useId();
  const saved = useMemo(() => savedWeights(round), [round]);
  const [weights, setWeights] = useState<Weights>(saved);
  const changed = round.criteria.scored.some((c) => weights[c.field] !== c.weight);
  const preview = usePreview(round.id, weights, changed);
  const shares = weightShares(weights);
  const save = useMutation({
    mutationFn: async () => {
      const criteria = {
        ...round.criteria,
        scored: round.criteria.scored.map((c) => ({ ...c, weight: weights[c.field] ?? c.weight })),
      };
      const updated = await updateRound(round.id, round.version, { criteria });
      return scoreRound(updated.id);
    },
    onSuccess: async (next) => {
      queryClient.setQueryData(poolKeys.round(round.id), next);
      await queryClient.invalidateQueries({ queryKey: poolKeys.all });
      void message.success(t("cultivation.weights.saved"));
    },
  });
  const set = (field: string, value: number | null) => {
    if (value === null || !Number.isFinite(value)) return;
    setWeights((w) => ({ ...w, [field]: Math.min(1000, Math.max(1, Math.round(value))) }));
  };
  return (
    <Card
      size="small"
      className="rd-card"
      title={t("cultivation.weights.title")}
      extra={
        <Flex gap={8} wrap>
          <Button icon={<UndoOutlined />} disabled={!changed} onClick={() => setWeights(saved)}>
            {t("cultivation.weights.reset")}
          </Button>
          {canSave && (
            <Button
              type="primary"
              icon={<SaveOutlined />}
              disabled={!changed}
              loading={save.isPending}
              onClick={() => save.mutate()}
            >
              {t("cultivation.weights.save")}
            </Button>
          )}
        </Flex>
      }
    >
      <Typography.Paragraph type="secondary">
        {canSave ? t("cultivation.weights.hint") : t("cultivation.weights.hintReadOnly")}
      </Typography.Paragraph>
      <ProblemAlert error={save.error} />
      <Row gutter={[24, 4]}>
        {round.criteria.scored.map((c) => {
          const id = `${baseId}-${c.field}`;
          const name = fieldName(c.field, lang);
          const value = weights[c.field] ?? c.weight;
          return (
            <Col key={c.field} xs={24} lg={12}>
              <Flex align="center" gap={12}>
                <label htmlFor={id} style={{ width: lang === "en-US" ? 200 : 128, flex: "none" }}>
                  {name}
                </label>
                <Slider
                  style={{ flex: 1, minWidth: 100 }}
                  min={1}
                  max={Math.max(100, c.weight)}
                  value={value}
                  onChange={(v: number) => set(c.field, v)}
                  ariaLabelForHandle={t("cultivation.weights.sliderOf", { name })}
                  tooltip={{ formatter: (v) => `${v}` }}
                />
                <InputNumber
                  id={id}
                  min={1}
                  max={1000}
                  precision={0}
                  value={value}
                  onChange={(v) => set(c.field, v)}
                  style={{ width: 80 }}
                />
                <Typography.Text
                  type="secondary"
                  className="rd-nowrap"
                  style={{ width: 56, textAlign: "right" }}
                >
                  {formatFigure(shares[c.field], lang, 1)}%
                </Typography.Text>
              </Flex>
            </Col>
          );
        })}
      </Row>
      <div style={{ marginTop: 16 }}>
        {!changed ? (
          <Typography.Text type="secondary">{t("cultivation.weights.unchanged")}</Typography.Text>
        ) : preview.error ? (
          <ProblemAlert error={preview.error} onRetry={() => void preview.refetch()} />
        ) : preview.data ? (
          <Spin spinning={preview.isFetching}>
            <PreviewTable preview={preview.data} cap={round.cap} />
          </Spin>
        ) : (
          <Spin />
        )}
      </div>
    </Card>
  );
}
