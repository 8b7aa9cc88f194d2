import { AuditOutlined, CalculatorOutlined, SendOutlined, WarningOutlined } from "@ant-design/icons";
import type { EvaluationRound } from "@rdcity/common";
import { App, Button, Tooltip } from "antd";
import { useState } from "react";
import { isApiError } from "../../../../app/api/problem";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import { useRoundActions } from "../hooks/useRoundActions";
import { RectificationModal } from "./RectificationModal";
import { ReviewStartModal } from "./ReviewStartModal";

/**
 * What the city may do with a round now: score it (a draft; again while nothing followed), start expert reviews
 * and publish it (scored, every review concluded), order rectification of failed results (published).
 */
export function RoundActions({ round, etag }: { round: EvaluationRound; etag: string }) {
  const { t } = useI18n();
  const { modal, message } = App.useApp();
  const { score, publish } = useRoundActions(round.id);
  const [reviewOpen, setReviewOpen] = useState(false);
  const [rectifyOpen, setRectifyOpen] = useState(false);
  const fail = (e: unknown) => void message.error(isApiError(e) ? e.detail : String(e));
  const followed = round.counts.reviews + round.counts.rectifications > 0;

  const confirmScore = () =>
    modal.confirm({
      title:
        round.status === "draft"
          ? t("cultivation.evaluation.score.title")
          : t("cultivation.evaluation.score.again"),
      content: t("cultivation.evaluation.score.hint", { year: round.year }),
      okText: t("cultivation.evaluation.score.submit"),
      cancelText: t("common.cancel"),
      onOk: () =>
        score
          .mutateAsync(etag)
          .then(
            (r) => void message.success(t("cultivation.evaluation.score.done", { count: r.counts.results })),
            fail,
          ),
    });
  const confirmPublish = () =>
    modal.confirm({
      title: t("cultivation.evaluation.publish.title"),
      content: t("cultivation.evaluation.publish.hint"),
      okText: t("cultivation.evaluation.publish.submit"),
      cancelText: t("common.cancel"),
      onOk: () =>
        publish.mutateAsync(etag).then(
          (out) =>
            void message.success(
              t("cultivation.evaluation.publish.done", {
                evaluated: out.evaluated,
                skipped: out.skipped.length,
              }),
            ),
          fail,
        ),
    });

  return (
    <>
      {(round.status === "draft" || (round.status === "scored" && !followed)) && (
        <Button
          type={round.status === "draft" ? "primary" : "default"}
          icon={<CalculatorOutlined />}
          loading={score.isPending}
          onClick={confirmScore}
        >
          {round.status === "draft"
            ? t("cultivation.evaluation.score.action")
            : t("cultivation.evaluation.score.again")}
        </Button>
      )}
      {round.status === "scored" && (
        <>
          <Button icon={<AuditOutlined />} onClick={() => setReviewOpen(true)}>
            {t("cultivation.evaluation.review.action")}
          </Button>
          <Tooltip
            title={
              round.counts.reviewsOpen > 0
                ? t("cultivation.evaluation.publish.blocked", { count: round.counts.reviewsOpen })
                : undefined
            }
          >
            <Button
              type="primary"
              icon={<SendOutlined />}
              loading={publish.isPending}
              disabled={round.counts.reviewsOpen > 0}
              onClick={confirmPublish}
            >
              {t("cultivation.evaluation.publish.action")}
            </Button>
          </Tooltip>
        </>
      )}
      {round.status === "published" && (round.counts.byGrade.fail ?? 0) > 0 && (
        <Button danger icon={<WarningOutlined />} onClick={() => setRectifyOpen(true)}>
          {t("cultivation.evaluation.rectify.actionAll")}
        </Button>
      )}
      <ReviewStartModal round={round} open={reviewOpen} onClose={() => setReviewOpen(false)} />
      <RectificationModal
        roundId={round.id}
        target={null}
        open={rectifyOpen}
        onClose={() => setRectifyOpen(false)}
      />
    </>
  );
}
