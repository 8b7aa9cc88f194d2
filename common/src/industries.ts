/** The industry taxonomy of §三(四) of the 2023 plan: 6 advantage, 3 emerging and the future industries. */
export type IndustryGroup = "advantage" | "emerging" | "future";

export interface Industry {
  code: string;
  name: string;
  nameEn: string;
  group: IndustryGroup;
}

export const INDUSTRIES: readonly Industry[] = [
  { code: "construction-machinery", name: "工程机械", nameEn: "Construction machinery", group: "advantage" },
  { code: "auto-parts", name: "汽车及零部件", nameEn: "Automobiles and parts", group: "advantage" },
  { code: "digital", name: "数字产业", nameEn: "Digital industry", group: "advantage" },
  { code: "new-materials", name: "新材料", nameEn: "New materials", group: "advantage" },
  { code: "video-creative", name: "视频文创", nameEn: "Video and creative", group: "advantage" },
  { code: "seed-industry", name: "现代种业", nameEn: "Modern seed industry", group: "advantage" },
  { code: "aerospace", name: "航空航天", nameEn: "Aerospace", group: "emerging" },
  { code: "life-health", name: "生命健康", nameEn: "Life and health", group: "emerging" },
  { code: "intelligent-equipment", name: "智能装备", nameEn: "Intelligent equipment", group: "emerging" },
  { code: "future-materials", name: "未来材料", nameEn: "Future materials", group: "future" },
  { code: "future-computing", name: "未来计算", nameEn: "Future computing", group: "future" },
  { code: "brain-like-ai", name: "类脑智能", nameEn: "Brain-inspired intelligence", group: "future" },
  { code: "quantum", name: "量子科技", nameEn: "Quantum technology", group: "future" },
] as const;

export const INDUSTRY_CODES = INDUSTRIES.map((i) => i.code) as [string, ...string[]];

export const INDUSTRY_GROUP_NAMES: Record<IndustryGroup, { zh: string; en: string }> = {
  advantage: { zh: "优势产业", en: "Advantage industries" },
  emerging: { zh: "新兴产业", en: "Emerging industries" },
  future: { zh: "未来产业", en: "Future industries" },
};
