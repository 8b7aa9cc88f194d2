import { formatDateTime } from "@rdcity/common";
import type { Label, ProcessDefinition, Transition } from "../workflow/index.js";

/**
 * The words of workflow notifications, in both languages, naming the process and the state. One function per
 * kind of message; each returns title and body.
 */
type Texts = { title: Label; body: Label };

/** "X's " or "An " (at the start of a sentence) / "an " (inside one). */
const whose = (ownerName: string | null | undefined, start = true): Label =>
  ownerName ? { zh: `${ownerName}的`, en: `${ownerName}'s ` } : { zh: "一项", en: start ? "An " : "an " };

const actionsOf = (actions: Transition[]): Label => ({
  zh: actions.map((t) => `「${t.label.zh}」`).join("、"),
  en: actions.map((t) => `"${t.label.en}"`).join(", "),
});

const clip = (text: string, max = 200) => (text.length > max ? `${text.slice(0, max)}…` : text);

/** To whoever may take the next step. */
export function actionNeeded(
  def: ProcessDefinition,
  state: Label,
  ownerName: string | null,
  actions: Transition[],
): Texts {
  const w = whose(ownerName);
  const a = actionsOf(actions);
  return {
    title: { zh: `待办：${def.label.zh} · ${state.zh}`, en: `To do: ${def.label.en} · ${state.en}` },
    body: {
      zh: `${w.zh}「${def.label.zh}」已进入「${state.zh}」，请办理：${a.zh}。`,
      en: `${w.en}${def.label.en} is now "${state.en}". You may take: ${a.en}.`,
    },
  };
}

/** To the applicant: what was done, the new state, the comment on a return or rejection, what they may do next. */
export function outcome(
  def: ProcessDefinition,
  transition: Transition | undefined,
  state: Label,
  comment: string | null | undefined,
  nextActions: Transition[],
): Texts {
  const negative = transition?.outcome === "negative";
  const done: Label = transition
    ? { zh: `经「${transition.label.zh}」，`, en: `after "${transition.label.en}" ` }
    : { zh: "", en: "" };
  const note: Label =
    negative && comment
      ? { zh: `意见：${clip(comment)}`, en: `Comment: ${clip(comment)}` }
      : { zh: "", en: "" };
  const next: Label = nextActions.length
    ? { zh: `您可以办理：${actionsOf(nextActions).zh}。`, en: `You may take: ${actionsOf(nextActions).en}.` }
    : { zh: "", en: "" };
  const join = (parts: string[], sep: string) => parts.filter(Boolean).join(sep);
  return {
    title: {
      zh: `${negative ? "申请被退回或未通过" : "申请进展"}：${def.label.zh} · ${state.zh}`,
      en: `${negative ? "Returned or rejected" : "Progress"}: ${def.label.en} · ${state.en}`,
    },
    body: {
      zh: join([`您的「${def.label.zh}」${done.zh}现为「${state.zh}」。`, note.zh, next.zh], ""),
      en: join(
        [
          `Your ${def.label.en} is now "${state.en}"${done.en ? ` ${done.en.trim()}` : ""}.`,
          note.en,
          next.en,
        ],
        " ",
      ),
    },
  };
}

/** To experts drawn for a review. */
export function reviewAssigned(def: ProcessDefinition, ownerName: string | null): Texts {
  const w = whose(ownerName, false);
  return {
    title: { zh: `评审任务：${def.label.zh}`, en: `Review assigned: ${def.label.en}` },
    body: {
      zh: `您已被抽取为${w.zh}「${def.label.zh}」的评审专家，请填写评分表；如需回避请及时声明。`,
      en: `You were drawn as a reviewer of ${w.en}${def.label.en}. Please fill in your score sheet, or declare a conflict of interest.`,
    },
  };
}

/** To officials: an objection was recorded during the public notice. */
export function objectionRecorded(def: ProcessDefinition, ownerName: string | null): Texts {
  const w = whose(ownerName, false);
  return {
    title: { zh: `公示异议：${def.label.zh}`, en: `Objection received: ${def.label.en}` },
    body: {
      zh: `${w.zh}「${def.label.zh}」在公示期间收到异议，请核查并答复。`,
      en: `An objection to ${w.en}${def.label.en} was received during the public notice. Please look into it and answer.`,
    },
  };
}

/** A comment on an instance (internal notes go to officials only). */
export function commentAdded(
  def: ProcessDefinition,
  author: string,
  comment: string,
  internal: boolean,
): Texts {
  return {
    title: {
      zh: `${internal ? "内部意见" : "新意见"}：${def.label.zh}`,
      en: `${internal ? "Internal note" : "New comment"}: ${def.label.en}`,
    },
    body: { zh: `${author}：${clip(comment)}`, en: `${author}: ${clip(comment)}` },
  };
}

/** To the applicant: the certificate is issued. */
export function certificateIssued(def: ProcessDefinition, number: string): Texts {
  return {
    title: { zh: `证书已颁发：${def.label.zh}`, en: `Certificate issued: ${def.label.en}` },
    body: {
      zh: `您的「${def.label.zh}」已颁发证书，证书编号 ${number}。`,
      en: `The certificate for your ${def.label.en} has been issued, number ${number}.`,
    },
  };
}

/** To whoever may act on an instance whose time limit is near or past. */
export function dueReminder(
  def: ProcessDefinition,
  state: Label,
  ownerName: string | null,
  dueAt: string,
  overdue: boolean,
  actions: Transition[],
): Texts {
  const w = whose(ownerName);
  const a = actionsOf(actions);
  const due = formatDateTime(dueAt).slice(0, 16);
  return {
    title: {
      zh: `${overdue ? "已逾期" : "即将到期"}：${def.label.zh} · ${state.zh}`,
      en: `${overdue ? "Overdue" : "Due soon"}: ${def.label.en} · ${state.en}`,
    },
    body: {
      zh: `${w.zh}「${def.label.zh}」处于「${state.zh}」，办理期限 ${due}${overdue ? "，已逾期" : ""}。请办理：${a.zh}。`,
      en: `${w.en}${def.label.en} is "${state.en}" and ${overdue ? "was" : "is"} due by ${due} (Beijing time). You may take: ${a.en}.`,
    },
  };
}
