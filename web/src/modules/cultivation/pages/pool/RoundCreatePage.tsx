import { useMutation } from "@tanstack/react-query";
import { App } from "antd";
import { useNavigate } from "react-router";
import { PageHeader } from "../../../../app/components/PageHeader";
import { ProblemAlert } from "../../../../app/components/ProblemAlert";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import { createRound } from "../../api/poolWrites";
import { RoundForm } from "../../components/pool/RoundForm";
import { type RoundFormValues, toRoundBody } from "../../components/pool/roundFormValues";

/** 新建遴选批次: a draft round with its criteria; scored and submitted on its page. */
export function RoundCreatePage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const create = useMutation({
    mutationFn: (values: RoundFormValues) => createRound(toRoundBody(values)),
    onSuccess: (round) => {
      void message.success(t("cultivation.form.created"));
      navigate(`/console/cultivation/selection/rounds/${round.id}`);
    },
  });
  return (
    <>
      <PageHeader
        title={t("cultivation.rounds.create")}
        subTitle={t("cultivation.form.subTitle")}
        breadcrumbs={[
          { title: t("menu.cultivation") },
          { title: t("menu.cultivationSelection"), to: "/console/cultivation/selection" },
          { title: t("cultivation.rounds.create") },
        ]}
      />
      <ProblemAlert error={create.error} />
      <RoundForm
        submitting={create.isPending}
        onSubmit={(v) => create.mutate(v)}
        onCancel={() => navigate("/console/cultivation/selection")}
      />
    </>
  );
}
