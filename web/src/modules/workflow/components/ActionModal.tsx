import type { WorkflowActionDto, WorkflowInstanceViewDto } from "@rdcity/common";
import { Alert, Button, Checkbox, Flex, Form, Input, InputNumber, Modal, Typography } from "antd";
import { useState } from "react";
import { type ApiError, hasCode } from "../../../app/api/problem";
import { MessagesAlert } from "../../../app/components/ProblemAlert";
import { applyProblemToForm } from "../../../app/forms/problemToForm";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { useRefreshInstance } from "../hooks/useInstance";
import { useTakeAction } from "../hooks/useMutations";
import { pickLabel } from "./workflowText";

/** Fields an action needs that its dialog asks for (not those of the data form, which are fixed there). */
export function dialogFields(action: WorkflowActionDto, formFields: readonly string[]): string[] {
  const names = new Set<string>(action.requiredFields?.map((f) => f.name) ?? []);
  for (const b of action.blockers) {
    if (b.code !== "fields_required" || !Array.isArray(b.params.fields)) continue;
    for (const f of b.params.fields as string[]) names.add(f);
  }
  return [...names].filter((n) => !formFields.includes(n));
}

/** The blockers a dialog cannot resolve (a missing field of the data form, a deadline, a missing file …). */
export function hardBlockers(action: WorkflowActionDto, formFields: readonly string[]) {
  return action.blockers.filter((b) => {
    if (b.code !== "fields_required" || !Array.isArray(b.params.fields)) return true;
    return (b.params.fields as string[]).some((f) => formFields.includes(f));
  });
}

interface Values {
  comment?: string;
  checklist?: string[];
  noticeWorkingDays?: number;
  fields?: Record<string, string>;
}

/** Asks what the step needs — a comment, the formal-check checklist, a recommendation, the notice length — then acts. */
export function ActionModal({
  view,
  action,
  formFields,
  onClose,
  onDone,
}: {
  view: WorkflowInstanceViewDto;
  action: WorkflowActionDto;
  formFields: readonly string[];
  onClose: () => void;
  onDone: (action: WorkflowActionDto) => void;
}) {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<Values>();
  const take = useTakeAction(view.instance.id);
  const refresh = useRefreshInstance(view.instance.id);
  const [messages, setMessages] = useState<string[]>([]);
  const [stale, setStale] = useState<string | null>(null);
  const { process, instance } = view;
  const fields = dialogFields(action, formFields);
  const checklist = action.step === "formal_check" && action.outcome === "positive" ? process.checklist : [];
  const notice = action.step === "public_notice";
  const ticked = Form.useWatch("checklist", form) ?? [];
  const fieldLabel = (name: string) => {
    const l = process.fieldLabels[name] ?? action.requiredFields?.find((f) => f.name === name)?.label;
    return l ? pickLabel(l, lang) : name;
  };
  const toState = pickLabel(action.toLabel, lang);

  const finish = (values: Values) => {
    setMessages([]);
    setStale(null);
    const data: Record<string, unknown> = {};
    for (const name of fields) data[name] = values.fields?.[name]?.trim() ?? "";
    if (checklist.length) {
      const on = new Set(values.checklist ?? []);
      data.checklist = Object.fromEntries(checklist.map((c) => [c.key, on.has(c.key)]));
    }
    const comment = values.comment?.trim();
    take.mutate(
      {
        action: action.action,
        expectedVersion: instance.version,
        ...(Object.keys(data).length ? { data } : {}),
        ...(comment ? { comment } : {}),
        ...(notice ? { noticeWorkingDays: values.noticeWorkingDays ?? process.noticeWorkingDays } : {}),
      },
      {
        onSuccess: () => onDone(action),
        onError: (error) => {
          if (hasCode(error, "version_conflict")) setStale((error as ApiError).detail);
          // Field rules come back as one message naming the fields (the definition validates the data as a whole).
          else setMessages(applyProblemToForm(form, error, ["comment"]));
        },
      },
    );
  };

  return (
    <Modal
      open
      title={pickLabel(action.label, lang)}
      onCancel={onClose}
      okText={t("workflow.actions.confirm")}
      okButtonProps={{
        htmlType: "submit",
        danger: action.outcome === "negative",
        disabled: checklist.length > 0 && ticked.length < checklist.length,
      }}
      confirmLoading={take.isPending}
      destroyOnHidden
      modalRender={(dom) => (
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={finish}
          initialValues={{ noticeWorkingDays: process.noticeWorkingDays, checklist: [] }}
          clearOnDestroy
        >
          {dom}
        </Form>
      )}
    >
      <Typography.Paragraph type={action.outcome === "negative" ? "danger" : "secondary"}>
        {action.outcome === "negative"
          ? t("workflow.actions.negativeHint", { state: toState })
          : t("workflow.actions.goesTo", { state: toState })}
      </Typography.Paragraph>
      {stale && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={t("workflow.actions.stale")}
          description={stale}
          action={
            <Button
              size="small"
              onClick={() => {
                void refresh();
                onClose();
              }}
            >
              {t("workflow.actions.reload")}
            </Button>
          }
          style={{ marginBottom: 16 }}
        />
      )}
      <MessagesAlert messages={messages} />
      {checklist.length > 0 && (
        <Form.Item
          name="checklist"
          label={t("workflow.actions.checklist")}
          extra={
            ticked.length < checklist.length
              ? t("workflow.actions.checklistIncomplete", { count: checklist.length - ticked.length })
              : t("workflow.actions.checklistHint")
          }
        >
          <Checkbox.Group style={{ width: "100%" }}>
            <Flex vertical gap={8}>
              {checklist.map((c) => (
                <Checkbox key={c.key} value={c.key}>
                  {pickLabel(c.label, lang)}
                </Checkbox>
              ))}
            </Flex>
          </Checkbox.Group>
        </Form.Item>
      )}
      {fields.map((name) => (
        <Form.Item
          key={name}
          name={["fields", name]}
          label={fieldLabel(name)}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t("workflow.actions.fieldRequired", { field: fieldLabel(name) }),
            },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} showCount />
        </Form.Item>
      ))}
      {notice && (
        <Form.Item
          name="noticeWorkingDays"
          label={t("workflow.actions.noticeDays")}
          extra={t("workflow.actions.noticeDaysHint")}
          rules={[{ required: true }]}
        >
          <InputNumber min={1} max={60} precision={0} />
        </Form.Item>
      )}
      <Form.Item
        name="comment"
        label={action.commentRequired ? t("workflow.actions.comment") : t("workflow.actions.commentOptional")}
        rules={
          action.commentRequired
            ? [{ required: true, whitespace: true, message: t("workflow.actions.commentRequired") }]
            : []
        }
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={5000} />
      </Form.Item>
    </Modal>
  );
}
