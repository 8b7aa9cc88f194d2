import { FIELD_LABELS, type Role } from "@rdcity/common";
import type { Label, Participant, ProcessDefinition, TimeLimit } from "./definition.js";

/** Role names for messages (the web has its own catalogue; these name the rule in an error). */
const ROLE_LABELS: Record<Role | "owner" | "system", Label> = {
  city_admin: { zh: "市科技局管理员", en: "the city S&T bureau" },
  leadership: { zh: "市领导", en: "city leadership" },
  department: { zh: "市直部门", en: "city departments" },
  district: { zh: "区县（园区）科技部门", en: "district S&T offices" },
  entity: { zh: "申报单位", en: "applying organisations" },
  tech_manager: { zh: "技术经理人", en: "technology managers" },
  expert: { zh: "评审专家", en: "experts" },
  talent: { zh: "人才", en: "talents" },
  sys_admin: { zh: "系统管理员", en: "the system administrator" },
  security_admin: { zh: "安全管理员", en: "the security administrator" },
  audit_admin: { zh: "审计管理员", en: "the audit administrator" },
  owner: { zh: "申请人", en: "the applicant" },
  system: { zh: "系统", en: "the system" },
};

/** A label as the pair of message parameters `${name}Zh` and `${name}En` (messages name the rule in both). */
export function pair(name: string, label: Label): Record<string, string> {
  return { [`${name}Zh`]: label.zh, [`${name}En`]: label.en };
}

export function joinLabels(labels: Label[]): Label {
  return { zh: labels.map((l) => l.zh).join("、"), en: labels.map((l) => l.en).join(", ") };
}

export const rolesLabel = (roles: Participant[]): Label => {
  const list = roles.map((r) => ROLE_LABELS[r]);
  return { zh: list.map((l) => l.zh).join("或"), en: list.map((l) => l.en).join(" or ") };
};

export function stateLabel(def: ProcessDefinition, state: string): Label {
  return def.states[state]?.label ?? { zh: state, en: state };
}

export function fieldLabelOf(def: ProcessDefinition, field: string): Label {
  const key = field.split(".")[0] ?? field;
  return def.fieldLabels[field] ?? def.fieldLabels[key] ?? FIELD_LABELS[key] ?? { zh: field, en: field };
}

export function kindLabel(def: ProcessDefinition, kind: string): Label {
  return def.attachments.kinds[kind]?.label ?? { zh: kind, en: kind };
}

export function limitLabel(limit: TimeLimit): Label {
  return "workingDays" in limit
    ? { zh: `${limit.workingDays} 个工作日`, en: `${limit.workingDays} working days` }
    : { zh: `${limit.calendarDays} 日`, en: `${limit.calendarDays} days` };
}

export function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
