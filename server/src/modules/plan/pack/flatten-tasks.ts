import type { PackItem, PlanPack } from "./schema.js";

/** A task or a numbered item, with where it sits: its project, its parent task (items only) and its order. */
export type FlatTask = PackItem & {
  projectCode: string;
  /** The task an item belongs to; null for a task. */
  parentCode: string | null;
  /** 1-based position among its siblings. */
  seq: number;
};

/** Every task and item of the pack in document order (a task, then its items, then the next task). */
export function flattenTasks(pack: Pick<PlanPack, "projects">): FlatTask[] {
  const out: FlatTask[] = [];
  for (const project of pack.projects) {
    project.tasks.forEach(({ items, ...task }, i) => {
      out.push({ ...task, projectCode: project.code, parentCode: null, seq: i + 1 });
      items.forEach((item, j) => {
        out.push({ ...item, projectCode: project.code, parentCode: task.code, seq: j + 1 });
      });
    });
  }
  return out;
}
