import type { ReactNode } from "react";

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  total: number | null;
}

export interface FilterOption {
  value: string;
  label: ReactNode;
  /** Text that type-to-search matches (defaults to the label when that is a string). */
  search?: string;
}

interface FilterBase {
  /** The URL (and API) parameter. */
  name: string;
  label: string;
  placeholder?: string;
}

/** The filters a list offers; each maps one control onto one or more URL parameters, which are the API's. */
export type FilterDef =
  | (FilterBase & { kind: "search" })
  | (FilterBase & { kind: "text" })
  | (FilterBase & { kind: "select"; options: FilterOption[]; multiple?: boolean })
  /** Yes/no on one boolean parameter. */
  | (FilterBase & { kind: "boolean" })
  /** Several boolean parameters as one multi-select: each chosen option sets `<option.value>=true`. */
  | (FilterBase & { kind: "flags"; options: FilterOption[] })
  /** Two parameters, from and to (YYYY-MM-DD); `name` is the "from" parameter. */
  | (FilterBase & { kind: "dateRange"; toName: string });

export type ListParams = Record<string, string>;

export function filterParamNames(filters: FilterDef[]): string[] {
  return filters.flatMap((f) => {
    if (f.kind === "flags") return f.options.map((o) => o.value);
    if (f.kind === "dateRange") return [f.name, f.toName];
    return [f.name];
  });
}
