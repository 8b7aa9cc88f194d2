/**
 * Roles of REQUIREMENTS "Who uses it", plus the three separated administrators (三权分立):
 * the system administrator (accounts, configuration), the security administrator (security policy, unlocks,
 * tokens, sign-in history) and the audit administrator (the audit log). No role holds two of those powers.
 */
export const ROLES = [
  "city_admin",
  "leadership",
  "department",
  "district",
  "entity",
  "tech_manager",
  "expert",
  "talent",
  "sys_admin",
  "security_admin",
  "audit_admin",
] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  "entity.read",
  "entity.write",
  "entity.merge",
  "entity.readPersonal",
  "import.run",
  "export.run",
  "audit.read",
  "user.manage",
  "security.manage",
  "token.issue",
  "platform.read",
  "platform.write",
  "report.read",
  "plan.read",
  "plan.manage",
  "plan.report",
  "cultivation.read",
  "cultivation.manage",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  city_admin: [
    "entity.read",
    "entity.write",
    "entity.merge",
    "entity.readPersonal",
    "import.run",
    "export.run",
    "token.issue",
    "platform.read",
    "platform.write",
    "report.read",
    "plan.read",
    "plan.manage",
    "cultivation.read",
    "cultivation.manage",
  ],
  leadership: ["entity.read", "export.run", "platform.read", "report.read", "plan.read", "cultivation.read"],
  department: ["entity.read", "export.run", "platform.read", "plan.read", "plan.report"],
  district: [
    "entity.read",
    "entity.write",
    "entity.readPersonal",
    "import.run",
    "export.run",
    "platform.read",
    "platform.write",
    "report.read",
    "plan.read",
    "plan.report",
    "cultivation.read",
  ],
  entity: ["entity.read", "platform.read", "report.read"],
  tech_manager: ["entity.read"],
  expert: ["entity.read"],
  talent: [],
  sys_admin: ["entity.read", "user.manage", "platform.read"],
  security_admin: ["security.manage"],
  audit_admin: ["audit.read"],
};

/** Roles whose accounts must use a second factor (TOTP) when RDCITY_ADMIN_TOTP is required. */
export const PRIVILEGED_ROLES: readonly Role[] = ["city_admin", "sys_admin", "security_admin", "audit_admin"];

/** Roles whose data access is limited to one area (district code or zone code). */
export const AREA_SCOPED_ROLES: readonly Role[] = ["district"];
/** Roles whose data access is limited to their own organisation (an entity id). */
export const ORG_SCOPED_ROLES: readonly Role[] = ["entity"];
/**
 * Roles whose users.org_id names the organisation they act for: an entity user's entity, a department user's
 * unit of the plan (plan_units.id). Their colleagues share what is addressed to the organisation.
 */
export const ORG_MEMBER_ROLES: readonly Role[] = ["entity", "department"];

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

/** Which roles a holder of `user.manage` may assign: the system administrator cannot create auditors. */
export function assignableRoles(role: Role): Role[] {
  if (role === "sys_admin") return ROLES.filter((r) => r !== "audit_admin" && r !== "security_admin");
  if (role === "security_admin") return ["audit_admin", "security_admin"];
  return [];
}
