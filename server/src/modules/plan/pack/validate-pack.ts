import { type Document, LineCounter, parseDocument } from "yaml";
import type { z } from "zod";
import { checkPack, formatPath, type PathSegment, type RawProblem, shorten } from "./check-pack.js";
import { packMessage } from "./pack-messages.js";
import { type PackProblem, type PlanPack, PlanPackSchema } from "./schema.js";
import { pathAtOffset, positionAtOffset, positionOf } from "./yaml-positions.js";

export { type FlatTask, flattenTasks } from "./flatten-tasks.js";
export type {
  PackIndicator,
  PackIndustry,
  PackItem,
  PackMilestone,
  PackProblem,
  PackProject,
  PackTarget,
  PackTask,
  PackText,
  PackUnit,
  PackZone,
  PlanPack,
} from "./schema.js";

export type PackValidation = { ok: true; pack: PlanPack } | { ok: false; problems: PackProblem[] };

export interface ValidatePackOptions {
  /** The computed series the server knows (platforms.all, entities.listed, …); any other key is a problem. */
  knownComputedSeries: ReadonlySet<string>;
}

/**
 * Parses a plan pack (YAML) and validates it completely: syntax, the strict schema, then the cross-checks. Every
 * problem is reported (not only the first), each with its path, its line and column when the text has them, a
 * stable code and a message in zh and en. Nothing is written anywhere.
 */
export function validatePlanPack(text: string, opts: ValidatePackOptions): PackValidation {
  const lines = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter: lines,
    prettyErrors: true,
    uniqueKeys: true,
    logLevel: "error", // a broken file's odd keys are reported as problems, not as process warnings
  });
  const problems: PackProblem[] = doc.errors.map((err) => {
    const detail = err.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
    const code = err.code === "DUPLICATE_KEY" ? "yaml_duplicate_key" : "yaml_syntax";
    const { line, column } = positionAtOffset(lines, err.pos[0]);
    return {
      path: formatPath(pathAtOffset(doc, err.pos[0])),
      line,
      column,
      code,
      message: packMessage(code, { detail }),
    };
  });

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    return {
      ok: false,
      problems: [...problems, problem(doc, lines, { path: [], code: "yaml_syntax", params: { detail } })],
    };
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return { ok: false, problems: [...problems, problem(doc, lines, { path: [], code: "yaml_empty" })] };
  }

  const parsed = PlanPackSchema.safeParse(data, { reportInput: true });
  const raw: (RawProblem & { onKey?: boolean })[] = parsed.success
    ? []
    : parsed.error.issues.flatMap((issue) => fromIssue(issue, data));
  raw.push(...checkPack(data as Record<string, unknown>, opts.knownComputedSeries));
  problems.push(...raw.map((p) => problem(doc, lines, p)));

  if (problems.length === 0 && parsed.success) return { ok: true, pack: parsed.data };
  return { ok: false, problems: sortByPosition(problems) };
}

function problem(doc: Document, lines: LineCounter, p: RawProblem & { onKey?: boolean }): PackProblem {
  const at = positionOf(doc, lines, p.path, p.onKey);
  return { path: formatPath(p.path), ...at, code: p.code, message: packMessage(p.code, p.params) };
}

/** In the order of the file; problems without a position last, the order of discovery kept otherwise. */
function sortByPosition(problems: PackProblem[]): PackProblem[] {
  const last = Number.POSITIVE_INFINITY;
  return problems
    .map((p, i) => ({ p, i }))
    .sort(
      (a, b) => (a.p.line ?? last) - (b.p.line ?? last) || (a.p.column ?? 0) - (b.p.column ?? 0) || a.i - b.i,
    )
    .map(({ p }) => p);
}

const typeOf = (v: unknown) => (v === null ? "null" : Array.isArray(v) ? "array" : typeof v);

function isMissing(data: unknown, path: readonly PathSegment[]): boolean {
  let node = data;
  for (const seg of path.slice(0, -1)) {
    if (typeof node !== "object" || node === null) return false;
    node = (node as Record<PathSegment, unknown>)[seg];
  }
  const last = path[path.length - 1];
  return typeof node === "object" && node !== null && last !== undefined && !(last in node);
}

/** One zod issue as the pack's problems (an issue listing several unknown keys is one problem per key). */
function fromIssue(issue: z.core.$ZodIssue, data: unknown): (RawProblem & { onKey?: boolean })[] {
  const path = issue.path.filter((s): s is PathSegment => typeof s !== "symbol");
  const field = String(path[path.length - 1] ?? "");
  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys.map((key) => ({
        path: [...path, key],
        code: "unknown_field",
        params: { field: shorten(key) },
        onKey: true,
      }));
    case "invalid_type":
      if (isMissing(data, path)) return [{ path, code: "missing_field", params: { field } }];
      return [{ path, code: "wrong_type", params: { expected: issue.expected, got: typeOf(issue.input) } }];
    case "invalid_value":
      if (isMissing(data, path)) return [{ path, code: "missing_field", params: { field } }];
      return [{ path, code: "bad_enum", params: { value: issue.input, allowed: issue.values } }];
    case "invalid_format": {
      const format = issue.message.startsWith("format:") ? issue.message.slice(7) : issue.format;
      return [{ path, code: "bad_format", params: { format } }];
    }
    case "too_small":
      return [{ path, code: "too_small", params: { minimum: issue.minimum, origin: issue.origin } }];
    case "too_big":
      return [{ path, code: "too_big", params: { maximum: issue.maximum, origin: issue.origin } }];
    default:
      return [{ path, code: "invalid", params: { detail: issue.message } }];
  }
}
