import { shanghaiDate } from "../../../core/calendar/index.js";
import type { TaskRow } from "../reports/task-access.js";
import { presentUnit, type UnitRow } from "../units.js";
import { SUPERVISION_STATUS_NAMES, type SupervisionStatus } from "./process.js";
import type { SupervisionNotice } from "./schemas.js";
import type { NoticeRow } from "./sync.js";

/** Replied after the due date (the reply's Beijing date is later than the due date). */
export const isLate = (n: Pick<NoticeRow, "repliedAt" | "responseDue">) =>
  !!n.repliedAt && shanghaiDate(n.repliedAt) > n.responseDue;

export function presentNotice(
  n: NoticeRow,
  task: Pick<TaskRow, "id" | "code" | "titleZh" | "titleEn">,
  unit: UnitRow,
  today: string,
): SupervisionNotice {
  const status = n.status as SupervisionStatus;
  return {
    id: n.id,
    number: n.number,
    task: { id: task.id, code: task.code, title: { zh: task.titleZh, en: task.titleEn } },
    unit: presentUnit(unit),
    reason: n.reason,
    responseDue: n.responseDue,
    reply: n.reply,
    repliedAt: n.repliedAt?.toISOString() ?? null,
    status,
    statusLabel: SUPERVISION_STATUS_NAMES[status] ?? { zh: n.status, en: n.status },
    late: isLate(n),
    overdue: n.status === "issued" && n.responseDue < today,
    instanceId: n.instanceId,
    version: n.version,
    createdAt: n.createdAt.toISOString(),
    createdBy: n.createdBy,
    updatedAt: n.updatedAt.toISOString(),
  };
}
