import type { FormInstance } from "antd";
import { ApiError } from "../api/problem";

/**
 * Maps a problem's `errors[].path` onto the form's fields (errors show under the field); returns the messages that
 * belong to no field, for an Alert above the form.
 */
export function applyProblemToForm(form: FormInstance, error: unknown, fields: readonly string[]): string[] {
  if (!(error instanceof ApiError)) return [error instanceof Error ? error.message : String(error)];
  const byField = new Map<string, string[]>();
  const loose: string[] = [];
  for (const e of error.errors) {
    // paths come as "uscc", "body.uscc", "/uscc" or "formerNames.0": the first segment that names a field wins
    const field = String(e.path ?? "")
      .split(/[.[\]/]/)
      .find((segment) => fields.includes(segment));
    if (field) byField.set(field, [...(byField.get(field) ?? []), e.message]);
    else loose.push(e.message);
  }
  if (byField.size > 0) form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  if (byField.size === 0 || loose.length > 0)
    return [error.detail, ...loose.filter((m) => m !== error.detail)];
  return [];
}
