import { type Permission, ROLE_PERMISSIONS, type Role } from "@rdcity/common";

/** Who is acting: a signed-in person, an API token of a district system, or the system itself (CLI, seed). */
export interface Actor {
  userId: string | null;
  username: string;
  role: Role | "system";
  areaCode: string | null;
  orgId: string | null;
  ip: string | null;
  via: "session" | "token" | "system";
  permissions: ReadonlySet<Permission>;
}

export function systemActor(name = "system"): Actor {
  return {
    userId: null,
    username: name,
    role: "system",
    areaCode: null,
    orgId: null,
    ip: null,
    via: "system",
    permissions: new Set(Object.values(ROLE_PERMISSIONS).flat()),
  };
}

export function userActor(
  user: { id: string; username: string; role: Role; areaCode: string | null; orgId: string | null },
  ip: string | null,
  via: "session" | "token",
  scopes?: readonly string[],
): Actor {
  const all = ROLE_PERMISSIONS[user.role] ?? [];
  const permissions = new Set(scopes ? all.filter((p) => scopes.includes(p)) : all);
  return {
    userId: user.id,
    username: user.username,
    role: user.role,
    areaCode: user.areaCode,
    orgId: user.orgId,
    ip,
    via,
    permissions,
  };
}
