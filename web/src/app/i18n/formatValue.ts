import { formatDateTime } from "@rdcity/common";
import type { Labels } from "./labels";

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** One stored value as a person reads it: codes as names, yes/no, lists joined, times in Asia/Shanghai. */
export function formatValue(field: string, value: unknown, labels: Labels): string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) {
    if (value.length === 0) return "—";
    return value.map((v) => formatValue(field, v, labels)).join(labels.lang === "en-US" ? ", " : "、");
  }
  if (typeof value === "boolean") return labels.yesNo(value);
  if (typeof value === "string") {
    switch (field) {
      case "kind":
        return labels.kind(value);
      case "status":
        return labels.status(value);
      case "littleGiant":
        return labels.littleGiant(value);
      case "districtCode":
        return labels.district(value);
      case "zoneCode":
        return labels.zone(value);
      case "areaCode":
        return labels.district(value) !== value ? labels.district(value) : labels.zone(value);
      case "industries":
        return labels.industry(value);
      case "role":
        return labels.role(value);
    }
    if (ISO_TIME.test(value)) return formatDateTime(value);
    return value;
  }
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}
