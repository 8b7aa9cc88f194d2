/** The experts' score sheet: 投入保障 / 产出质量 / 带动效益, 100 points in all. */
export const REVIEW_CRITERIA = [
  { key: "input_assurance", label: { zh: "投入保障", en: "Input and resources" }, max: 30 },
  { key: "output_quality", label: { zh: "产出质量", en: "Quality of output" }, max: 40 },
  { key: "leading_benefit", label: { zh: "带动效益", en: "Benefit to industry and region" }, max: 30 },
] as const;
export const REVIEW_MAX_TOTAL = REVIEW_CRITERIA.reduce((sum, c) => sum + c.max, 0);
