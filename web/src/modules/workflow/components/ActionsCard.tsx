import { formatDateTime, type WorkflowActionDto, type WorkflowInstanceViewDto } from "@rdcity/common";
import { Alert, App, Button, Card, Flex, Typography } from "antd";
import { useState } from "react";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { ActionModal, hardBlockers } from "./ActionModal";
import { blockerText, isOverdue, pickLabel } from "./workflowText";

/** 办理: one button per action the viewer may take now; a blocked one is disabled and says what stands in the way. */
export function ActionsCard({
  view,
  formFields,
}: {
  view: WorkflowInstanceViewDto;
  formFields: readonly string[];
}) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [open, setOpen] = useState<WorkflowActionDto | null>(null);
  const { instance, actions } = view;
  // The one highlighted action is the step forward along the process's main path (not a withdrawal).
  const forward = actions.find(
    (a) =>
      a.outcome === "positive" &&
      view.process.path.includes(a.to) &&
      hardBlockers(a, formFields).length === 0,
  )?.action;
  // The step forward first, then the other positive actions, then the negative ones.
  const rank = (a: WorkflowActionDto) => (a.action === forward ? 0 : a.outcome === "positive" ? 1 : 2);
  const ordered = [...actions].sort((a, b) => rank(a) - rank(b));
  const blocked = ordered
    .map((a) => ({ a, blockers: hardBlockers(a, formFields) }))
    .filter((x) => x.blockers.length > 0);

  return (
    <Card size="small" className="rd-card" title={t("workflow.instance.act")}>
      {actions.length === 0 ? (
        <Typography.Text type="secondary">
          {instance.closedAt
            ? t("workflow.actions.closed", { date: formatDateTime(instance.closedAt) })
            : t("workflow.actions.none")}
        </Typography.Text>
      ) : (
        <Flex vertical gap={12}>
          <Flex gap={8} wrap>
            {ordered.map((a) => (
              <Button
                key={a.action}
                type={a.action === forward ? "primary" : "default"}
                danger={a.outcome === "negative"}
                disabled={hardBlockers(a, formFields).length > 0}
                onClick={() => setOpen(a)}
              >
                {pickLabel(a.label, lang)}
              </Button>
            ))}
          </Flex>
          {actions
            .filter((a) => a.dueAt)
            .slice(0, 1)
            .map((a) => (
              <Typography.Text
                key="due"
                type={isOverdue(a.dueAt, instance.closedAt) ? "danger" : "secondary"}
                className="rd-small"
              >
                {t("workflow.actions.due", { date: formatDateTime(a.dueAt) })}
              </Typography.Text>
            ))}
          {blocked.map(({ a, blockers }) => (
            <Alert
              key={a.action}
              type="warning"
              showIcon
              title={`${pickLabel(a.label, lang)} — ${t("workflow.actions.blocked")}`}
              description={
                <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                  {blockers.map((b) => (
                    <li key={`${b.code}-${JSON.stringify(b.params)}`}>{blockerText(b, lang)}</li>
                  ))}
                </ul>
              }
            />
          ))}
        </Flex>
      )}
      {open && (
        <ActionModal
          view={view}
          action={open}
          formFields={formFields}
          onClose={() => setOpen(null)}
          onDone={(a) => {
            setOpen(null);
            message.success(t("workflow.actions.done", { action: pickLabel(a.label, lang) }));
          }}
        />
      )}
    </Card>
  );
}
