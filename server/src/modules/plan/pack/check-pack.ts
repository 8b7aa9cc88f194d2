/**
 * The checks a schema cannot make: unique codes, references between parts of the pack, computed series keys,
 * values against their indicator, years against the plan. They read the parsed YAML as it is (not the schema's
 * output), defensively, so that they run and report even when the schema refused other parts of the file.
 */
export type PathSegment = string | number;
export interface RawProblem {
  path: PathSegment[];
  code: string;
  params?: Record<string, unknown>;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const objects = (v: unknown): [Obj, number][] =>
  Array.isArray(v) ? v.flatMap((x, i) => (isObj(x) ? [[x, i] as [Obj, number]] : [])) : [];
const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined);
const strings = (v: unknown): [string, number][] =>
  Array.isArray(v) ? v.flatMap((x, i) => (typeof x === "string" ? [[x, i] as [string, number]] : [])) : [];

/** A key as shown in a path or message: a broken file can turn a whole block into one key. */
export const shorten = (key: string): string => {
  const line = key.replace(/\s+/g, " ").trim();
  return line.length > 40 ? `${line.slice(0, 39)}…` : line;
};

export const formatPath = (path: readonly PathSegment[]): string =>
  path.reduce<string>(
    (acc, seg) =>
      typeof seg === "number" ? `${acc}[${seg}]` : acc ? `${acc}.${shorten(seg)}` : shorten(seg),
    "",
  );

/** A task or item of the raw tree, with its path. */
interface RawTask {
  task: Obj;
  path: PathSegment[];
  parentCode: string | undefined;
}

function rawTasks(pack: Obj): RawTask[] {
  const out: RawTask[] = [];
  for (const [project, p] of objects(pack.projects)) {
    for (const [task, t] of objects(project.tasks)) {
      const path = ["projects", p, "tasks", t];
      out.push({ task, path, parentCode: str(project.code) });
      for (const [item, i] of objects(task.items))
        out.push({ task: item, path: [...path, "items", i], parentCode: str(task.code) });
    }
  }
  return out;
}

class Checker {
  readonly problems: RawProblem[] = [];
  add(path: PathSegment[], code: string, params?: Record<string, unknown>) {
    this.problems.push({ path, code, params });
  }

  /** Registers each entry's code once; a second entry with the same code is a problem. */
  unique(entries: { code: unknown; path: PathSegment[] }[]): Map<string, PathSegment[]> {
    const seen = new Map<string, PathSegment[]>();
    for (const { code, path } of entries) {
      if (typeof code !== "string") continue;
      const first = seen.get(code);
      if (first) this.add([...path, "code"], "duplicate_code", { code, first: formatPath(first) });
      else seen.set(code, path);
    }
    return seen;
  }

  ref(known: Map<string, unknown>, value: unknown, path: PathSegment[], kind: string) {
    if (typeof value === "string" && !known.has(value))
      this.add(path, "unknown_reference", { kind, code: value });
  }
}

const listEntries = (pack: Obj, key: string) =>
  objects(pack[key]).map(([o, i]) => ({ code: o.code, path: [key, i] as PathSegment[], o }));

export function checkPack(pack: Obj, knownComputedSeries: ReadonlySet<string>): RawProblem[] {
  const c = new Checker();
  const units = c.unique(listEntries(pack, "units"));
  const zones = c.unique(listEntries(pack, "zones"));
  const industries = c.unique(listEntries(pack, "industries"));
  const indicatorEntries = listEntries(pack, "indicators");
  const indicators = c.unique(indicatorEntries);
  c.unique(listEntries(pack, "targets"));
  c.unique(listEntries(pack, "projects"));
  const tasksRaw = rawTasks(pack);
  const tasks = c.unique(tasksRaw.map(({ task, path }) => ({ code: task.code, path })));

  checkYears(c, pack);
  checkAreas(c, pack, zones);
  const byCode = new Map(
    indicatorEntries.flatMap(({ o }) => (typeof o.code === "string" ? [[o.code, o]] : [])),
  );
  checkIndicators(c, pack, byCode, knownComputedSeries);
  checkTargets(c, pack, byCode, tasks);
  for (const { task, path, parentCode } of tasksRaw) {
    const code = str(task.code);
    if (code && parentCode && !code.startsWith(`${parentCode}.`))
      c.add([...path, "code"], "task_code_mismatch", { code, parent: parentCode });
    c.ref(units, task.lead, [...path, "lead"], "unit");
    for (const [u, i] of strings(task.partners)) c.ref(units, u, [...path, "partners", i], "unit");
    for (const [x, i] of strings(task.indicators))
      c.ref(indicators, x, [...path, "indicators", i], "indicator");
    for (const [x, i] of strings(task.zones)) c.ref(zones, x, [...path, "zones", i], "zone");
    for (const [x, i] of strings(task.industries))
      c.ref(industries, x, [...path, "industries", i], "industry");
  }
  return c.problems;
}

function checkYears(c: Checker, pack: Obj) {
  const baseYear = num(pack.baseYear);
  if (baseYear === undefined) return;
  const issued = str(pack.issuedOn);
  const issuedYear = issued && /^\d{4}-/.test(issued) ? Number(issued.slice(0, 4)) : undefined;
  if (issuedYear !== undefined && baseYear >= issuedYear)
    c.add(["baseYear"], "base_year_after_issue", { baseYear, issuedYear });
  if (Array.isArray(pack.horizon)) {
    const years = pack.horizon.map(num);
    const typed = years.every((y) => y !== undefined); // a year of the wrong type is the schema's problem
    const ordered = years.every((y, i) => y! > (i === 0 ? baseYear : years[i - 1]!));
    if (typed && !ordered) c.add(["horizon"], "horizon_order", { baseYear });
  }
}

/** District codes of zones and units sit under the city's prefix; zone parents exist and do not loop. */
function checkAreas(c: Checker, pack: Obj, zones: Map<string, PathSegment[]>) {
  const city = isObj(pack.city) ? str(pack.city.code) : undefined;
  const prefix = city && /^\d{6}$/.test(city) ? city.slice(0, 4) : undefined;
  const district = (code: string, path: PathSegment[]) => {
    if (prefix && !(/^\d{6}$/.test(code) && code.startsWith(prefix) && code !== city))
      c.add(path, "district_not_in_city", { code, prefix });
  };
  const parents = new Map<string, string>();
  for (const [zone, z] of objects(pack.zones)) {
    for (const [d, i] of strings(zone.districts)) district(d, ["zones", z, "districts", i]);
    c.ref(zones, zone.parent, ["zones", z, "parent"], "zone");
    const code = str(zone.code);
    const parent = str(zone.parent);
    if (code && parent) parents.set(code, parent);
  }
  for (const [zone, z] of objects(pack.zones)) {
    const code = str(zone.code);
    if (!code) continue;
    const seen = new Set<string>();
    for (let at = parents.get(code); at !== undefined && !seen.has(at); at = parents.get(at)) {
      if (at === code) {
        c.add(["zones", z, "parent"], "zone_parent_cycle", { code });
        break;
      }
      seen.add(at);
    }
  }
  for (const [unit, u] of objects(pack.units)) {
    const area = str(unit.areaCode);
    if (area !== undefined) district(area, ["units", u, "areaCode"]);
    else if (unit.areaCode === undefined && unit.kind === "district")
      c.add(["units", u], "unit_area_required");
  }
}

function checkIndicators(c: Checker, pack: Obj, byCode: Map<string, Obj>, known: ReadonlySet<string>) {
  const aliases = new Map<string, string>();
  for (const [ind, i] of objects(pack.indicators)) {
    const at = (...rest: PathSegment[]) => ["indicators", i, ...rest];
    const source = str(ind.source);
    const computed = ind.computed;
    if ((source === "computed" || source === "both") && computed === undefined)
      c.add(at(), "computed_key_missing", { source });
    if (typeof computed === "string") {
      if (source === "reported") c.add(at("computed"), "computed_key_unexpected", { key: computed });
      else if (!known.has(computed))
        c.add(at("computed"), "computed_key_unknown", { key: computed, known: [...known].sort() });
    }
    const authoritative = str(ind.authoritative);
    if (
      (authoritative === "computed" && source === "reported") ||
      (authoritative === "reported" && source === "computed")
    )
      c.add(at("authoritative"), "authoritative_unavailable", { authoritative, source });
    if (ind.kind === "count" && source === "reported") c.add(at("source"), "count_needs_registry");
    const range = isObj(ind.range) ? ind.range : undefined;
    const min = num(range?.min);
    const max = num(range?.max);
    if (min !== undefined && max !== undefined && min > max)
      c.add(at("range"), "range_inverted", { min, max });
    if (ind.growthOf !== undefined) {
      if (ind.kind !== "growth") c.add(at("growthOf"), "growth_of_needs_growth");
      else if (typeof ind.growthOf === "string") {
        const of = byCode.get(ind.growthOf);
        if (!of) c.add(at("growthOf"), "unknown_reference", { kind: "indicator", code: ind.growthOf });
        else if (of.kind === "growth") c.add(at("growthOf"), "growth_of_not_level", { code: ind.growthOf });
      }
    }
    for (const [alias, a] of strings(ind.aliases)) {
      const first = aliases.get(alias);
      if (first) c.add(at("aliases", a), "duplicate_alias", { alias, first });
      else aliases.set(alias, formatPath(at("aliases", a)));
    }
  }
}

const COMPATIBLE: Record<string, readonly string[]> = {
  level: ["level", "count"],
  growth: ["growth"],
  milestone: ["milestone", "count", "level"],
};

function checkTargets(
  c: Checker,
  pack: Obj,
  indicators: Map<string, Obj>,
  tasks: Map<string, PathSegment[]>,
) {
  const baseYear = num(pack.baseYear);
  const horizon = Array.isArray(pack.horizon) ? pack.horizon.flatMap((y) => num(y) ?? []) : [];
  const last = horizon.length ? Math.max(...horizon) : undefined;
  for (const [target, t] of objects(pack.targets)) {
    const at = (...rest: PathSegment[]) => ["targets", t, ...rest];
    const year = num(target.year);
    const value = num(target.value);
    const valueMax = num(target.valueMax);
    if (typeof target.indicator === "string" && !indicators.has(target.indicator))
      c.add(at("indicator"), "unknown_reference", { kind: "indicator", code: target.indicator });
    c.ref(tasks, target.task, at("task"), "task");
    const ind = typeof target.indicator === "string" ? indicators.get(target.indicator) : undefined;
    if (ind) {
      const kind = str(target.kind);
      const indKind = str(ind.kind);
      if (kind && indKind && COMPATIBLE[kind] && !COMPATIBLE[kind].includes(indKind))
        c.add(at("kind"), "target_kind_mismatch", { targetKind: kind, indicatorKind: indKind });
      const range = isObj(ind.range) ? ind.range : {};
      const inRange = (v: number | undefined, path: PathSegment[]) => {
        const min = num(range.min);
        const max = num(range.max);
        if (v !== undefined && ((min !== undefined && v < min) || (max !== undefined && v > max)))
          c.add(path, "value_out_of_range", { value: v, min, max });
      };
      inRange(value, at("value"));
      inRange(valueMax, at("valueMax"));
      if (isObj(target.baseline)) inRange(num(target.baseline.value), at("baseline", "value"));
    }
    if (value !== undefined && valueMax !== undefined && valueMax < value)
      c.add(at("valueMax"), "value_max_below_value", { value, valueMax });
    if (year !== undefined && isObj(target.baseline)) {
      const baselineYear = num(target.baseline.year);
      if (baselineYear !== undefined && baselineYear >= year)
        c.add(at("baseline", "year"), "baseline_after_target", { baselineYear, year });
    }
    if (
      year !== undefined &&
      baseYear !== undefined &&
      last !== undefined &&
      (year <= baseYear || year > last)
    )
      c.add(at("year"), "target_year_outside_plan", { year, baseYear, last });
    if (isObj(target.window)) {
      const from = num(target.window.from);
      const to = num(target.window.to);
      if (from !== undefined && to !== undefined && from > to)
        c.add(at("window"), "window_inverted", { from, to });
      if (to !== undefined && year !== undefined && to !== year)
        c.add(at("window", "to"), "window_year_mismatch", { to, year });
    }
  }
}
