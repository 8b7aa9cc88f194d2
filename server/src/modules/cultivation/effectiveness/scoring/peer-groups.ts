import {
  PLATFORM_CATEGORY_NAMES,
  PLATFORM_LEVEL_NAMES,
  type PlatformCategory,
  type PlatformLevel,
  platformTypeByCode,
} from "@rdcity/common";

export interface PeerSubject {
  id: string;
  typeCode: string;
  level: string;
  /** Whether the subject takes part in the normalisation (it has the year's accepted report). */
  scored: boolean;
}

export interface PeerAssignment {
  /** type:<type>:<level> | category:<category>:<level> | level:<level> */
  key: string;
  /** Scored subjects in the group (the population its values are normalised over). */
  peers: number;
}

const categoryOf = (typeCode: string): string => platformTypeByCode(typeCode)?.category ?? "other";

/**
 * Peer groups (pure). Subjects of the same type and level form a group. A group with fewer than `minSize`
 * scored subjects joins the merged group of its category and level (made of the small groups of that category
 * and level only); a merged group still too small joins the merged group of its level (the leftovers of that
 * level); what is still too small joins the largest group of its level (ties: the first key in order), or, when its
 * level has no group, stays the merged group of its level however small. Subjects without a report follow their
 * type and level to the same group, but do not count as peers.
 */
export function assignPeerGroups(
  subjects: readonly PeerSubject[],
  minSize: number,
): Map<string, PeerAssignment> {
  const typeKey = (s: PeerSubject) => `type:${s.typeCode}:${s.level}`;
  const scoredIn = new Map<string, number>();
  const meta = new Map<string, { category: string; level: string }>();
  for (const s of subjects) {
    const k = typeKey(s);
    scoredIn.set(k, (scoredIn.get(k) ?? 0) + (s.scored ? 1 : 0));
    meta.set(k, { category: categoryOf(s.typeCode), level: s.level });
  }
  const groupOf = new Map<string, string>();
  const pool = (keys: string[], keyOf: (k: string) => string) => {
    const sizes = new Map<string, number>();
    for (const k of keys) sizes.set(keyOf(k), (sizes.get(keyOf(k)) ?? 0) + scoredIn.get(k)!);
    const left: string[] = [];
    for (const k of keys) {
      if (sizes.get(keyOf(k))! >= minSize) groupOf.set(k, keyOf(k));
      else left.push(k);
    }
    return left;
  };
  let small = pool([...scoredIn.keys()], (k) => k);
  small = pool(small, (k) => `category:${meta.get(k)!.category}:${meta.get(k)!.level}`);
  small = pool(small, (k) => `level:${meta.get(k)!.level}`);

  const sizes = () => {
    const out = new Map<string, number>();
    for (const [k, g] of groupOf) out.set(g, (out.get(g) ?? 0) + scoredIn.get(k)!);
    return out;
  };
  const formed = sizes();
  const levelOfGroup = (g: string) => g.split(":").at(-1)!;
  for (const k of small) {
    const level = meta.get(k)!.level;
    const largest = [...formed]
      .filter(([g]) => levelOfGroup(g) === level)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    groupOf.set(k, largest ? largest[0] : `level:${level}`);
  }
  const peers = sizes();
  const out = new Map<string, PeerAssignment>();
  for (const s of subjects) {
    const key = groupOf.get(typeKey(s))!;
    out.set(s.id, { key, peers: peers.get(key) ?? 0 });
  }
  return out;
}

/** A peer group's name in both languages: 重点实验室·省级, 实验室（合并）·省级, 省级（合并）. */
export function peerGroupName(key: string): { zh: string; en: string } {
  const [kind, a, b] = key.split(":");
  const level = (code: string | undefined) =>
    PLATFORM_LEVEL_NAMES[code as PlatformLevel] ?? { zh: code ?? "", en: code ?? "" };
  if (kind === "type") {
    const type = platformTypeByCode(a ?? "");
    const l = level(b);
    return { zh: `${type?.name ?? a}·${l.zh}`, en: `${type?.nameEn ?? a} · ${l.en}` };
  }
  if (kind === "category") {
    const c = PLATFORM_CATEGORY_NAMES[a as PlatformCategory] ?? { zh: a ?? "", en: a ?? "" };
    const l = level(b);
    return { zh: `${c.zh}（合并）·${l.zh}`, en: `${c.en} (merged) · ${l.en}` };
  }
  if (kind === "level") {
    const l = level(a);
    return { zh: `${l.zh}（合并）`, en: `${l.en} (merged)` };
  }
  return { zh: "全部（合并）", en: "All (merged)" };
}
