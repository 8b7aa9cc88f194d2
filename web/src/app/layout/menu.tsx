import {
  AccountBookOutlined,
  AuditOutlined,
  BarChartOutlined,
  CloudUploadOutlined,
  ClusterOutlined,
  DashboardOutlined,
  DatabaseOutlined,
  FileTextOutlined,
  FundOutlined,
  HistoryOutlined,
  InboxOutlined,
  KeyOutlined,
  OrderedListOutlined,
  RiseOutlined,
  SafetyOutlined,
  SolutionOutlined,
  TeamOutlined,
  TrophyOutlined,
  UserOutlined,
} from "@ant-design/icons";
import type { Permission, Role } from "@rdcity/common";
import type { ReactNode } from "react";
import type { MessageKey } from "../i18n/zh-CN";

export interface MenuEntry {
  key: string;
  label: MessageKey;
  icon: ReactNode;
  /** Shown when the role holds any of these; always shown when empty. */
  anyOf: Permission[];
  /** When set, shown only to these roles (workflow pages have no permission of their own). */
  roles?: readonly Role[];
  children?: MenuEntry[];
}

/** Roles that take part in workflows (the separated administrators never do). */
const WORKFLOW_ROLES: readonly Role[] = [
  "city_admin",
  "leadership",
  "department",
  "district",
  "entity",
  "tech_manager",
  "expert",
  "talent",
];

/** The console's menu; the layout filters it by the role's permissions with `can()`. */
export const MENU: MenuEntry[] = [
  { key: "/console/tasks", label: "menu.tasks", icon: <InboxOutlined />, anyOf: [], roles: WORKFLOW_ROLES },
  {
    key: "registry",
    label: "menu.registry",
    icon: <DatabaseOutlined />,
    anyOf: ["entity.read", "import.run"],
    children: [
      {
        key: "/console/entities",
        label: "menu.entities",
        icon: <DatabaseOutlined />,
        anyOf: ["entity.read"],
      },
      { key: "/console/imports", label: "menu.import", icon: <CloudUploadOutlined />, anyOf: ["import.run"] },
    ],
  },
  {
    key: "platforms",
    label: "menu.platforms",
    icon: <ClusterOutlined />,
    anyOf: ["platform.read"],
    children: [
      {
        key: "/console/platforms",
        label: "menu.platformDirectory",
        icon: <ClusterOutlined />,
        anyOf: ["platform.read"],
      },
      {
        key: "/console/reports",
        label: "menu.reports",
        icon: <FileTextOutlined />,
        anyOf: ["report.read"],
      },
      {
        key: "/console/applications",
        label: "menu.applications",
        icon: <AuditOutlined />,
        anyOf: [],
        roles: ["entity", "district", "city_admin", "leadership"],
      },
      {
        key: "/console/experts",
        label: "menu.experts",
        icon: <SolutionOutlined />,
        anyOf: [],
        roles: ["city_admin"],
      },
    ],
  },
  {
    key: "plan",
    label: "menu.plan",
    icon: <DashboardOutlined />,
    anyOf: ["plan.read"],
    children: [
      {
        key: "/console/plan",
        label: "menu.planDashboard",
        icon: <DashboardOutlined />,
        anyOf: ["plan.read"],
      },
      {
        key: "/console/plan/tasks",
        label: "menu.planTasks",
        icon: <OrderedListOutlined />,
        anyOf: ["plan.read"],
      },
      {
        key: "/console/plan/import",
        label: "menu.planImport",
        icon: <CloudUploadOutlined />,
        anyOf: ["plan.manage"],
      },
    ],
  },
  {
    key: "cultivation",
    label: "menu.cultivation",
    icon: <RiseOutlined />,
    anyOf: ["cultivation.read"],
    children: [
      {
        key: "/console/cultivation/selection",
        label: "menu.cultivationSelection",
        icon: <TrophyOutlined />,
        anyOf: ["cultivation.read"],
      },
      {
        key: "/console/cultivation/support",
        label: "menu.cultivationSupport",
        icon: <FundOutlined />,
        anyOf: ["cultivation.read"],
      },
      {
        key: "/console/cultivation/funds",
        label: "menu.cultivationFunds",
        icon: <AccountBookOutlined />,
        anyOf: ["cultivation.read"],
      },
      {
        key: "/console/cultivation/evaluations",
        label: "cultivation.evaluation.menu.rounds",
        icon: <BarChartOutlined />,
        anyOf: ["cultivation.read"],
      },
    ],
  },
  { key: "/console/audit", label: "menu.audit", icon: <AuditOutlined />, anyOf: ["audit.read"] },
  {
    key: "admin",
    label: "menu.admin",
    icon: <SafetyOutlined />,
    anyOf: ["user.manage", "security.manage", "token.issue"],
    children: [
      {
        key: "/console/admin/users",
        label: "menu.users",
        icon: <TeamOutlined />,
        anyOf: ["user.manage", "security.manage"],
      },
      { key: "/console/admin/tokens", label: "menu.tokens", icon: <KeyOutlined />, anyOf: ["token.issue"] },
      {
        key: "/console/admin/logins",
        label: "menu.logins",
        icon: <HistoryOutlined />,
        anyOf: ["security.manage"],
      },
    ],
  },
  { key: "/console/profile", label: "menu.profile", icon: <UserOutlined />, anyOf: [] },
];

export function visibleMenu(entries: MenuEntry[], can: (p: Permission) => boolean, role?: Role): MenuEntry[] {
  const allowed = (e: MenuEntry) =>
    (e.anyOf.length === 0 || e.anyOf.some(can)) && (!e.roles || (!!role && e.roles.includes(role)));
  return entries
    .filter(allowed)
    .map((e) => (e.children ? { ...e, children: visibleMenu(e.children, can, role) } : e))
    .filter((e) => !e.children || e.children.length > 0);
}

/** The first page a role may open: where `/console` leads. */
export function firstPage(entries: MenuEntry[]): string {
  for (const e of entries) {
    if (e.children?.length) return firstPage(e.children);
    if (e.key.startsWith("/")) return e.key;
  }
  return "/console/profile";
}
