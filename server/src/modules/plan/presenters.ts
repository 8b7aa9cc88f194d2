import type { Indicator } from "@rdcity/common";
import type { IndicatorRow } from "../../core/indicators/index.js";

export function presentIndicator(i: IndicatorRow): Indicator {
  return {
    code: i.code,
    name: { zh: i.nameZh, en: i.nameEn },
    unit: { zh: i.unitZh, en: i.unitEn },
    kind: i.kind as Indicator["kind"],
    direction: i.direction as Indicator["direction"],
    source: i.source as Indicator["source"],
    computedKey: i.computedKey,
    authoritative: i.authoritative as Indicator["authoritative"],
    tolerance: i.tolerance,
    decimals: i.decimals,
    range: {
      min: i.rangeMin == null ? null : Number(i.rangeMin),
      max: i.rangeMax == null ? null : Number(i.rangeMax),
    },
  };
}
