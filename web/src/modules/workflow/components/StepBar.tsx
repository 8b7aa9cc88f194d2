import { formatDate, type WorkflowHistoryEntryDto, type WorkflowInstanceViewDto } from "@rdcity/common";
import { Steps } from "antd";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { pickLabel } from "./workflowText";

/**
 * Progress over the process's main path. An instance that left the path (rejected, withdrawn, returned to a
 * draft) shows the path up to the furthest step it reached and then where it stands now.
 */
export function StepBar({
  view,
  history,
}: {
  view: WorkflowInstanceViewDto;
  history: WorkflowHistoryEntryDto[] | undefined;
}) {
  const { t, lang } = useI18n();
  const { process, instance } = view;
  const label = (state: string) => {
    const s = process.states.find((x) => x.name === state);
    return s ? pickLabel(s.label, lang) : state;
  };
  const at = process.path.indexOf(instance.state);
  const due = instance.dueAt ? t("workflow.steps.due", { date: formatDate(instance.dueAt) }) : undefined;
  if (at >= 0) {
    const last = at === process.path.length - 1;
    return (
      <Steps
        type="dot"
        size="small"
        titlePlacement="vertical"
        current={at}
        status={last && instance.closedAt ? "finish" : "process"}
        items={process.path.map((state, i) => ({
          key: state,
          title: label(state),
          content: i === at && !instance.closedAt ? due : undefined,
        }))}
      />
    );
  }
  const reached = Math.max(0, ...(history ?? []).map((h) => process.path.indexOf(h.to)));
  const negative = instance.closedAt !== null;
  return (
    <Steps
      type="dot"
      size="small"
      titlePlacement="vertical"
      current={reached + 1}
      status={negative ? "error" : "process"}
      items={[
        ...process.path.slice(0, reached + 1).map((state) => ({ key: state, title: label(state) })),
        { key: instance.state, title: label(instance.state), content: instance.closedAt ? undefined : due },
      ]}
    />
  );
}
