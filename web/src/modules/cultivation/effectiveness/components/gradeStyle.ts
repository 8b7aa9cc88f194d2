import type { EvaluationGrade, EvaluationRoundStatus, FollowupStatus } from "@rdcity/common";

/** Grade tags: 优秀 green, 良好 blue, 合格 gold, 不合格 red (preset colours, darkened for contrast by the theme). */
export const GRADE_COLOURS: Record<EvaluationGrade, string> = {
  excellent: "green",
  good: "blue",
  pass: "gold",
  fail: "red",
};

/** The same grades as solid colours (bars, points). */
export const GRADE_HEX: Record<EvaluationGrade, string> = {
  excellent: "#389e0d",
  good: "#1456c8",
  pass: "#d48806",
  fail: "#cf1322",
};

/** The grades' colours for text on white (≥ 4.5:1). */
export const GRADE_TEXT: Record<EvaluationGrade, string> = {
  excellent: "#237804",
  good: "#1456c8",
  pass: "#874d00",
  fail: "#a8071a",
};

export const ROUND_STATUS_COLOURS: Record<EvaluationRoundStatus, string> = {
  draft: "default",
  scored: "blue",
  published: "green",
};

export const FOLLOWUP_STATUS_COLOURS: Record<FollowupStatus, string> = {
  open: "blue",
  submitted: "gold",
  done: "green",
  escalated: "red",
  closed: "default",
};
