import { fieldLabel, type IssueLike, issueMessage, type Lang } from "@rdcity/common";
import type { FormInstance, FormRule } from "antd";

/** The part of a zod schema the forms use (kept structural: the web does not depend on zod itself). */
export interface ParsingSchema {
  safeParse(value: unknown): { success: boolean; error?: { issues: readonly unknown[] } };
}

function isEmpty(value: unknown): boolean {
  return (
    value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0)
  );
}

/** A localised message for one issue, with the field's label in front unless the text already names it. */
export function fieldMessage(issue: IssueLike, field: string, lang: Lang): string {
  const text = issueMessage({ ...issue, path: [] }, lang);
  const label = fieldLabel(field, lang);
  if (label === field || text.startsWith(label)) return text;
  return lang === "en-US" ? `${label} ${text}` : `${label}${text}`;
}

function requiredMessage(field: string, lang: Lang): string {
  return fieldMessage({ code: "invalid_type", received: "undefined", path: [] }, field, lang);
}

/**
 * An antd rule that validates one field with the shared zod schema the server uses, so that a person sees the
 * same words in the form as in the API's answer. Empty input counts as "not given".
 */
export function zodRule(
  schema: ParsingSchema,
  field: string,
  lang: Lang,
  options: { required?: boolean; toValue?: (value: unknown) => unknown } = {},
): FormRule {
  return {
    required: options.required,
    validator: async (_rule, raw: unknown) => {
      const value = options.toValue ? options.toValue(raw) : typeof raw === "string" ? raw.trim() : raw;
      if (isEmpty(value)) {
        if (options.required) throw new Error(requiredMessage(field, lang));
        return;
      }
      const result = schema.safeParse(value);
      const issue = result.success ? undefined : (result.error?.issues[0] as IssueLike | undefined);
      if (issue) throw new Error(fieldMessage(issue, field, lang));
    },
  };
}

/** Puts whole-object issues (cross-field refinements) under their fields; returns those without a field. */
export function applyIssues(form: FormInstance, issues: readonly unknown[], lang: Lang): string[] {
  const loose: string[] = [];
  const byField = new Map<string, string[]>();
  for (const raw of issues) {
    const issue = raw as IssueLike;
    const field = issue.path.find((p): p is string => typeof p === "string");
    if (field && form.getFieldInstance(field) !== undefined) {
      byField.set(field, [...(byField.get(field) ?? []), fieldMessage(issue, field, lang)]);
    } else {
      loose.push(issueMessage(issue, lang));
    }
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  return loose;
}
