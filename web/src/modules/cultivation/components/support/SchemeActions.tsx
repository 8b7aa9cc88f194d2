import { CalculatorOutlined, EditOutlined, ExportOutlined, SendOutlined } from "@ant-design/icons";
import type { Scheme } from "@rdcity/common";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, Button, Popconfirm } from "antd";
import { useNavigate } from "react-router";
import { useAuth } from "../../../../app/auth/AuthProvider";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import { supportKeys } from "../../api/supportApi";
import { simulateAndSave, submitScheme } from "../../api/supportWrites";
import { formatMoney } from "./money";
import { isEditable } from "./supportFormat";

/**
 * What the city does with a draft (or returned) scheme: change its rules, simulate and save, submit it to the
 * leadership; and, for everyone, its approval instance (approve, return, reject happen there).
 */
export function SchemeActions({ scheme }: { scheme: Scheme }) {
  const { t, lang } = useI18n();
  const { can } = useAuth();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: supportKeys.all });
  const simulate = useMutation({
    mutationFn: () => simulateAndSave(scheme.id),
    onSuccess: async (s) => {
      await refresh();
      void message.success(
        t("cultivation.scheme.simulatedOk", {
          total: formatMoney(s.result.total, lang),
          count: s.result.supported.length,
        }),
      );
    },
    onError: (e) =>
      modal.error({
        title: t("cultivation.scheme.simulateFailed"),
        content: e instanceof Error ? e.message : String(e),
      }),
  });
  const submit = useMutation({
    mutationFn: () => submitScheme(scheme.instanceId ?? ""),
    onSuccess: async () => {
      await refresh();
      void message.success(t("cultivation.scheme.submittedOk"));
    },
    onError: (e) => void message.error(e instanceof Error ? e.message : String(e)),
  });
  const manage = can("cultivation.manage") && isEditable(scheme.status);
  return (
    <>
      {manage && (
        <Button
          icon={<EditOutlined />}
          onClick={() => navigate(`/console/cultivation/support/${scheme.id}/edit`)}
        >
          {t("cultivation.scheme.edit")}
        </Button>
      )}
      {manage && (
        <Button
          icon={<CalculatorOutlined />}
          type={scheme.simulated ? "default" : "primary"}
          loading={simulate.isPending}
          onClick={() => simulate.mutate()}
        >
          {t("cultivation.scheme.simulate")}
        </Button>
      )}
      {manage && scheme.simulated && scheme.supported > 0 && scheme.instanceId && (
        <Popconfirm
          title={t("cultivation.scheme.submitConfirm")}
          description={t("cultivation.scheme.submitConfirmText", {
            total: formatMoney(scheme.allocated, lang),
            count: scheme.supported,
          })}
          okText={t("cultivation.scheme.submit")}
          cancelText={t("common.cancel")}
          onConfirm={() => submit.mutate()}
        >
          <Button type="primary" icon={<SendOutlined />} loading={submit.isPending}>
            {t("cultivation.scheme.submit")}
          </Button>
        </Popconfirm>
      )}
      {scheme.instanceId && (
        <Button icon={<ExportOutlined />} onClick={() => navigate(`/console/workflow/${scheme.instanceId}`)}>
          {t("cultivation.round.openInstance")}
        </Button>
      )}
    </>
  );
}
