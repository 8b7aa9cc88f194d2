import { CalculatorOutlined, ExportOutlined, SendOutlined } from "@ant-design/icons";
import type { CultivationRound } from "@rdcity/common";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, Button, Popconfirm } from "antd";
import { useNavigate } from "react-router";
import { useAuth } from "../../../../app/auth/AuthProvider";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import { poolKeys } from "../../api/poolApi";
import { scoreRound, submitRound } from "../../api/poolWrites";

/**
 * What the city does with a round: score it (again) while a draft, submit a scored draft to the leadership; and,
 * for everyone, the approval's instance (approve, return, announce happen there).
 */
export function RoundActions({ round }: { round: CultivationRound }) {
  const { t } = useI18n();
  const { can } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const done = async (next: CultivationRound, text: string) => {
    queryClient.setQueryData(poolKeys.round(round.id), next);
    await queryClient.invalidateQueries({ queryKey: poolKeys.all });
    void message.success(text);
  };
  const score = useMutation({
    mutationFn: () => scoreRound(round.id),
    onSuccess: (next) => done(next, t("cultivation.round.scoredOk", { count: next.counts.eligible })),
    onError: (e) => void message.error(e instanceof Error ? e.message : String(e)),
  });
  const submit = useMutation({
    mutationFn: () => submitRound(round.id, round.version),
    onSuccess: (next) => done(next, t("cultivation.round.submittedOk")),
    onError: (e) => void message.error(e instanceof Error ? e.message : String(e)),
  });
  const manage = can("cultivation.manage") && round.status === "draft";
  return (
    <>
      {manage && (
        <Button
          icon={<CalculatorOutlined />}
          type={round.scoredAt ? "default" : "primary"}
          loading={score.isPending}
          onClick={() => score.mutate()}
        >
          {round.scoredAt ? t("cultivation.round.rescore") : t("cultivation.round.score")}
        </Button>
      )}
      {manage && round.scoredAt && (
        <Popconfirm
          title={t("cultivation.round.submitConfirm")}
          description={t("cultivation.round.submitConfirmText", { count: round.counts.selected })}
          okText={t("cultivation.round.submit")}
          cancelText={t("common.cancel")}
          onConfirm={() => submit.mutate()}
        >
          <Button type="primary" icon={<SendOutlined />} loading={submit.isPending}>
            {t("cultivation.round.submit")}
          </Button>
        </Popconfirm>
      )}
      {round.instanceId && (
        <Button icon={<ExportOutlined />} onClick={() => navigate(`/console/workflow/${round.instanceId}`)}>
          {t("cultivation.round.openInstance")}
        </Button>
      )}
    </>
  );
}
