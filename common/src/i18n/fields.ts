import { PLATFORM_FIELD_LABELS } from "../platform-types.js";
import { REPORT_FIELD_LABELS } from "../report-metrics.js";
import type { Lang } from "./lang.js";

/** Labels of record fields, used by forms, import templates (headers) and error reports. */
export const FIELD_LABELS: Record<string, { zh: string; en: string }> = {
  uscc: { zh: "统一社会信用代码", en: "Unified social credit code" },
  name: { zh: "名称", en: "Name" },
  nameEn: { zh: "英文名称", en: "English name" },
  formerNames: { zh: "曾用名", en: "Former names" },
  kind: { zh: "主体类型", en: "Kind" },
  districtCode: { zh: "所在区县", en: "District" },
  zoneCode: { zh: "功能区", en: "Functional zone" },
  industries: { zh: "产业领域", en: "Industries" },
  isListed: { zh: "上市企业", en: "Listed" },
  littleGiant: { zh: "专精特新“小巨人”", en: "Little giant" },
  isHighTech: { zh: "高新技术企业", en: "High-tech enterprise" },
  isFortune500Affiliate: { zh: "世界500强关联", en: "Fortune-500 affiliate" },
  isForeignInvested: { zh: "外商投资", en: "Foreign-invested" },
  contactName: { zh: "联系人", en: "Contact person" },
  contactPhone: { zh: "联系电话", en: "Contact phone" },
  address: { zh: "地址", en: "Address" },
  website: { zh: "网站", en: "Website" },
  foundedOn: { zh: "成立日期", en: "Founded on" },
  status: { zh: "状态", en: "Status" },
  username: { zh: "用户名", en: "User name" },
  password: { zh: "密码", en: "Password" },
  displayName: { zh: "姓名", en: "Display name" },
  email: { zh: "电子邮箱", en: "E-mail" },
  certificateNumber: { zh: "证书编号", en: "Certificate number" },
  role: { zh: "角色", en: "Role" },
  areaCode: { zh: "所属区域", en: "Area" },
  orgId: { zh: "所属单位", en: "Organisation" },
  ...PLATFORM_FIELD_LABELS,
  ...REPORT_FIELD_LABELS,
};

export function fieldLabel(path: string, lang: Lang): string {
  const key = path.split(".")[0] ?? path;
  const entry = FIELD_LABELS[key];
  if (!entry) return path;
  return lang === "en-US" ? entry.en : entry.zh;
}
