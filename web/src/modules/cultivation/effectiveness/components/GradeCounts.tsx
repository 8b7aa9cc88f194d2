import { EVALUATION_GRADE_NAMES, EVALUATION_GRADES } from "@rdcity/common";
import { Flex, Typography } from "antd";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import { GRADE_HEX } from "./gradeStyle";

/** A round's counts per grade: a thin bar of the shares and the counts in words beneath it. */
export function GradeCounts({ byGrade }: { byGrade: Record<string, number> }) {
  const { pick, lang } = useI18n();
  const total = EVALUATION_GRADES.reduce((s, g) => s + (byGrade[g] ?? 0), 0);
  if (total === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  const n = (v: number) => new Intl.NumberFormat(lang).format(v);
  return (
    <Flex vertical gap={4} style={{ minWidth: 240 }}>
      <div aria-hidden="true" style={{ display: "flex", height: 8, borderRadius: 4, overflow: "hidden" }}>
        {EVALUATION_GRADES.map((g) => (
          <div key={g} style={{ flex: byGrade[g] ?? 0, background: GRADE_HEX[g] }} />
        ))}
      </div>
      <Flex gap={10} wrap className="rd-small">
        {EVALUATION_GRADES.map((g) => (
          <span key={g}>
            <span
              aria-hidden="true"
              style={{
                display: "inline-block",
                width: 8,
                height: 8,
                borderRadius: 2,
                background: GRADE_HEX[g],
                marginInlineEnd: 4,
              }}
            />
            {pick(EVALUATION_GRADE_NAMES[g])} {n(byGrade[g] ?? 0)}
          </span>
        ))}
      </Flex>
    </Flex>
  );
}
