import {
  formatDate,
  PLATFORM_TRANSITIONS,
  type Platform,
  PlatformPatchSchema,
  type PlatformStatus,
} from "@rdcity/common";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, App, DatePicker, Form, Input, Modal, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { hasCode } from "../../../app/api/problem";
import { ProblemAlert } from "../../../app/components/ProblemAlert";
import { applyProblemToForm } from "../../../app/forms/problemToForm";
import { type ParsingSchema, zodRule } from "../../../app/forms/zodRules";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { patchPlatform, platformKeys, searchPlatforms } from "../api/platforms";
import { usePlatformLabels } from "./platformLabels";
import { type RemoteOption, RemoteSelect } from "./RemoteSelect";

interface Props {
  platform: Platform;
  etag: string;
  open: boolean;
  onClose: () => void;
}

interface Values {
  status?: PlatformStatus;
  statusOn?: Dayjs | null;
  recognisedOn?: Dayjs | null;
  recognitionDocNo?: string;
  successorId?: string | null;
  statusNote?: string;
}

const FIELDS = ["status", "statusOn", "recognisedOn", "recognitionDocNo", "successorId", "statusNote"];
const shape = PlatformPatchSchema.shape as unknown as Record<string, ParsingSchema>;
const dateValue = (v: unknown) =>
  v && typeof v === "object" && "format" in v ? (v as Dayjs).format("YYYY-MM-DD") : v;
const iso = (d: Dayjs | null | undefined) => (d ? d.format("YYYY-MM-DD") : undefined);

const searchSuccessors = async (q: string, signal: AbortSignal): Promise<RemoteOption[]> =>
  (await searchPlatforms(q, signal)).map((p) => ({ value: p.id, label: p.name, hint: p.host?.name }));

/**
 * A status change along the lifecycle (PATCH with If-Match): the new status, the day it took effect, the
 * document or reason; recognition also records its date and document number, a merge names the successor.
 */
export function PlatformStatusModal({ platform, etag, open, onClose }: Props) {
  const { t, lang } = useI18n();
  const labels = usePlatformLabels();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const next = Form.useWatch("status", form);
  const choices = PLATFORM_TRANSITIONS[platform.status];
  const rule = (field: string, required = false) =>
    zodRule(shape[field]!, field, lang, { required, toValue: dateValue });
  const notBefore = platform.statusOn ?? platform.recognisedOn;

  const change = useMutation({
    mutationFn: (v: Values) =>
      patchPlatform(platform.id, etag, {
        status: v.status,
        statusOn: iso(v.statusOn),
        statusNote: v.statusNote?.trim() || undefined,
        ...(v.status === "recognised"
          ? {
              recognisedOn: iso(v.recognisedOn) ?? iso(v.statusOn) ?? null,
              recognitionDocNo: v.recognitionDocNo?.trim() || null,
            }
          : {}),
        ...(v.status === "merged" && v.successorId ? { successorId: v.successorId } : {}),
      }),
    onSuccess: (saved) => {
      queryClient.setQueryData(platformKeys.detail(platform.id), saved);
      void queryClient.invalidateQueries({
        predicate: (q) => q.queryKey[0] === "platforms" && q.queryKey[2] !== platform.id,
      });
      void queryClient.invalidateQueries({ queryKey: platformKeys.history(platform.id) });
      void queryClient.invalidateQueries({ queryKey: platformKeys.statusHistory(platform.id) });
      void message.success(
        t("platform.status.changed", { status: labels.platformStatus(saved.data.status) }),
      );
      form.resetFields();
      onClose();
    },
    onError: (error) => {
      if (hasCode(error, "platform_status_date_invalid"))
        form.setFields([{ name: "statusOn", errors: [error.detail] }]);
      else if (hasCode(error, "platform_successor_invalid", "platform_successor_required"))
        form.setFields([{ name: "successorId", errors: [error.detail] }]);
      else applyProblemToForm(form, error, FIELDS);
    },
  });
  const fieldError = hasCode(
    change.error,
    "platform_status_date_invalid",
    "platform_successor_invalid",
    "platform_successor_required",
  );

  return (
    <Modal
      open={open}
      title={t("platform.status.title", { name: platform.name })}
      okText={t("platform.status.submit")}
      okButtonProps={{ danger: next === "revoked" || next === "merged" }}
      confirmLoading={change.isPending}
      onOk={() => form.submit()}
      onCancel={() => {
        change.reset();
        form.resetFields();
        onClose();
      }}
      destroyOnHidden
      width={560}
    >
      {!fieldError && (
        <ProblemAlert
          error={change.error}
          title={hasCode(change.error, "version_conflict") ? t("platform.conflict") : undefined}
        />
      )}
      <Alert
        type="info"
        showIcon
        title={t("platform.status.current", {
          status: labels.platformStatus(platform.status),
          date: formatDate(notBefore) || "—",
        })}
        style={{ marginBottom: 16 }}
      />
      {(next === "revoked" || next === "merged") && (
        <Alert type="warning" showIcon title={t("platform.status.final")} style={{ marginBottom: 16 }} />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ statusOn: dayjs() }}
        onFinish={(v) => change.mutate(v)}
      >
        <Form.Item name="status" label={t("platform.status.next")} rules={[rule("status", true)]}>
          <Select options={choices.map((s) => ({ value: s, label: labels.platformStatus(s) }))} />
        </Form.Item>
        <Form.Item
          name="statusOn"
          label={labels.field("statusOn")}
          rules={[rule("statusOn", true)]}
          extra={notBefore ? t("platform.status.dateHint", { date: formatDate(notBefore) }) : undefined}
        >
          <DatePicker
            style={{ width: "100%" }}
            disabledDate={(d) =>
              d.isAfter(dayjs(), "day") || Boolean(notBefore && d.isBefore(dayjs(notBefore), "day"))
            }
          />
        </Form.Item>
        {next === "recognised" && (
          <>
            <Form.Item
              name="recognisedOn"
              label={labels.field("recognisedOn")}
              rules={[rule("recognisedOn")]}
              extra={t("platform.status.recognisedHint")}
            >
              <DatePicker style={{ width: "100%" }} disabledDate={(d) => d.isAfter(dayjs(), "day")} />
            </Form.Item>
            <Form.Item
              name="recognitionDocNo"
              label={labels.field("recognitionDocNo")}
              rules={[rule("recognitionDocNo")]}
            >
              <Input maxLength={100} placeholder={t("platform.form.docNoPlaceholder")} />
            </Form.Item>
          </>
        )}
        {next === "merged" && (
          <Form.Item
            name="successorId"
            label={labels.field("successorId")}
            rules={[{ required: true, message: t("platform.status.successorRequired") }]}
          >
            <RemoteSelect
              queryKey={["platforms", "successor-search"]}
              search={searchSuccessors}
              exclude={[platform.id]}
              placeholder={t("platform.status.successorSearch")}
            />
          </Form.Item>
        )}
        <Form.Item
          name="statusNote"
          label={labels.field("statusNote")}
          rules={[rule("statusNote", next === "revoked" || next === "merged")]}
          extra={t("platform.status.noteHint")}
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
