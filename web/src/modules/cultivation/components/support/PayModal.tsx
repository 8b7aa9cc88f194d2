import type { Disbursement, DisbursementPay } from "@rdcity/common";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, DatePicker, Form, Input, Modal, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import type { ApiError } from "../../../../app/api/problem";
import { MessagesAlert } from "../../../../app/components/ProblemAlert";
import { applyProblemToForm } from "../../../../app/forms/problemToForm";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import { supportKeys } from "../../api/supportApi";
import { payDisbursement } from "../../api/supportWrites";
import { formatMoney } from "./money";

interface Values {
  paidOn: Dayjs;
  voucherNo: string;
}

/** 登记支付: the day the money left and the voucher number; recorded once (a second time is refused). */
export function PayModal({ item, onClose }: { item: Disbursement | null; onClose: () => void }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [loose, setLoose] = useState<string[]>([]);
  const pay = useMutation<Disbursement, ApiError, DisbursementPay>({
    mutationFn: (body) => payDisbursement(item!.id, body),
    onSuccess: (d) => {
      void message.success(t("cultivation.pay.done", { name: d.platformName }));
      void queryClient.invalidateQueries({ queryKey: supportKeys.all });
      close();
    },
    onError: (error) => setLoose(applyProblemToForm(form, error, ["paidOn", "voucherNo"])),
  });
  const close = () => {
    setLoose([]);
    form.resetFields();
    onClose();
  };
  return (
    <Modal
      open={!!item}
      title={t("cultivation.pay.title")}
      okText={t("cultivation.pay.ok")}
      okButtonProps={{ loading: pay.isPending }}
      cancelText={t("common.cancel")}
      onOk={() => form.submit()}
      onCancel={close}
      destroyOnHidden
    >
      {item && (
        <Typography.Paragraph>
          {t("cultivation.pay.text", {
            name: item.platformName,
            amount: formatMoney(item.amount, lang),
            year: item.supportYear,
          })}
        </Typography.Paragraph>
      )}
      <MessagesAlert messages={loose} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ paidOn: dayjs() }}
        onFinish={(v) => pay.mutate({ paidOn: v.paidOn.format("YYYY-MM-DD"), voucherNo: v.voucherNo.trim() })}
      >
        <Form.Item
          name="paidOn"
          label={t("cultivation.pay.paidOn")}
          rules={[{ required: true, message: t("cultivation.pay.paidOnRequired") }]}
        >
          <DatePicker style={{ width: 200 }} disabledDate={(d: Dayjs) => d.isAfter(dayjs(), "day")} />
        </Form.Item>
        <Form.Item
          name="voucherNo"
          label={t("cultivation.pay.voucherNo")}
          rules={[{ required: true, whitespace: true, message: t("cultivation.pay.voucherRequired") }]}
        >
          <Input maxLength={60} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
