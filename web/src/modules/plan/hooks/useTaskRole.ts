import type { Unit } from "@rdcity/common";
import { useAuth } from "../../../app/auth/AuthProvider";
import type { TaskDetail } from "../api/plan";

/**
 * What the reader may do on a task, mirroring the server: a department user speaks for its unit
 * (users.org_id = the unit), a district user for its district's unit; units of the task file quarterly reports,
 * its lead unit and the city request changes, the city issues supervision notices.
 */
export function useTaskRole(task: TaskDetail | undefined) {
  const { session, can } = useAuth();
  const user = session?.user;
  const speaksFor = (u: Unit | null) =>
    !!u &&
    !!user &&
    ((user.role === "department" && user.orgId === u.id) ||
      (user.role === "district" && u.kind === "district" && !!user.areaCode && u.areaCode === user.areaCode));
  const units = task ? [task.lead, ...task.partners] : [];
  const mine = units.find((u) => speaksFor(u)) ?? null;
  const active = task?.status === "active";
  return {
    /** The reader's unit on this task (its lead role first), if any. */
    unit: (task && speaksFor(task.lead) ? task.lead : mine) ?? null,
    mayReport: !!task && active && can("plan.report") && !!mine,
    maySupervise: !!task && active && can("plan.manage"),
    mayRequestChange: !!task && (can("plan.manage") || speaksFor(task.lead)),
    /** The lead unit or the city records when a milestone was reached. */
    mayCompleteMilestones: !!task && active && (can("plan.manage") || speaksFor(task.lead)),
  };
}
