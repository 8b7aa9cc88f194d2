import { EVALUATION_GRADE_NAMES, type EvaluationGrade } from "@rdcity/common";
import { Tag } from "antd";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import { GRADE_COLOURS } from "./gradeStyle";

/** A grade in its colour (优秀 / 良好 / 合格 / 不合格). */
export function GradeTag({ grade }: { grade: EvaluationGrade }) {
  const { pick } = useI18n();
  return (
    <Tag color={GRADE_COLOURS[grade]} style={{ marginInlineEnd: 0 }}>
      {pick(EVALUATION_GRADE_NAMES[grade])}
    </Tag>
  );
}
