/**
 * Realistic ways of writing the same organisation's name, for tests of duplicate detection: the forms
 * people type into forms and spreadsheets. `nameSignature` (common) is expected to fold all of them.
 *
 * Not produced, because `nameSignature` keeps them apart on purpose or by limitation: adding or removing 省/市 after
 * a leading 湖南/长沙 (湖南星达软件 vs 湖南省星达软件), since the rule that keeps 湖南大学 intact cannot tell a
 * region prefix from a name that starts with a place.
 */
const COMPANY_FORMS = ["股份有限公司", "有限责任公司", "有限公司"] as const;
const COMPANY_FORM = /(股份有限公司|有限责任公司|有限公司)$/u;
const BRACKETED_REGION = /[（(](长沙|湖南)[）)]/u;
const LEADING_REGION = /^(长沙市|湖南省)/u;
const REGION_PREFIX: Record<string, string> = { 长沙: "长沙市", 湖南: "湖南省" };

/** ASCII → full-width forms (ＡＢＣ１２３), space → ideographic space. */
export function toFullWidth(text: string): string {
  return text.replace(/[\u0020-\u007e]/gu, (ch) =>
    ch === " " ? "\u3000" : String.fromCharCode(ch.charCodeAt(0) + 0xfee0),
  );
}

/** Full-width ASCII forms and brackets → half-width. */
export function toHalfWidth(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/gu, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/gu, " ");
}

interface NameParts {
  /** Everything before the company form, without a bracketed or leading region. */
  core: string;
  /** The company form (有限公司 …), or "" for other organisations. */
  form: string;
  /** 长沙 or 湖南 when the name has it in brackets or as 长沙市/湖南省 prefix; otherwise null. */
  region: string | null;
}

function partsOf(name: string): NameParts {
  let rest = name;
  const form = COMPANY_FORM.exec(rest)?.[1] ?? "";
  rest = rest.slice(0, rest.length - form.length);
  const bracket = BRACKETED_REGION.exec(rest);
  if (bracket) {
    return {
      core: rest.slice(0, bracket.index) + rest.slice(bracket.index + bracket[0].length),
      form,
      region: bracket[1]!,
    };
  }
  const leading = LEADING_REGION.exec(rest);
  if (leading) return { core: rest.slice(leading[0].length), form, region: leading[1]!.slice(0, 2) };
  return { core: rest, form, region: null };
}

/**
 * Variants of `name` that denote the same organisation: half-/full-width characters, the other company forms
 * (有限公司 ↔ 有限责任公司 ↔ 股份有限公司), the region in brackets, as a 长沙市/湖南省 prefix, moved or left out,
 * and stray spaces. The original itself is not in the list; the list has no repeats.
 */
export function nameVariantsOf(name: string): string[] {
  const original = name.trim();
  const { core, form, region } = partsOf(original);
  const out = new Set<string>();

  // Width
  out.add(original.replace(/（/gu, "(").replace(/）/gu, ")"));
  out.add(original.replace(/\(/gu, "（").replace(/\)/gu, "）"));
  if (/[\u0021-\u007e]/u.test(original)) out.add(toFullWidth(original));
  if (/[\uff01-\uff5e]/u.test(original)) out.add(toHalfWidth(original));

  // Company form
  if (form) {
    const stem = original.slice(0, original.length - form.length);
    for (const other of COMPANY_FORMS) if (other !== form) out.add(stem + other);
  }

  // Region
  if (region) {
    const prefix = REGION_PREFIX[region]!;
    out.add(`${prefix}${core}${form}`);
    out.add(`${core}${form}`);
    if (form) out.add(`${core}（${region}）${form}`);
    if (form) out.add(`${core}(${region})有限责任公司`);
  }

  // Spaces
  out.add(` ${original} `);
  out.add(`${original}\u3000`);
  if (form) out.add(`${original.slice(0, original.length - form.length)} ${form}`);
  if (original.length > 4) out.add(`${original.slice(0, 2)} ${original.slice(2)}`);

  out.delete(original);
  out.delete(name);
  return [...out];
}
