import { DISTRICTS, type Session, ZONES, type Zone, zoneWithDescendants } from "@rdcity/common";

/** The districts and zones a person may put a platform in: a district user's own area, else all of them. */
export interface AreaChoices {
  districts: string[];
  /** Null: every zone of the chosen district. */
  zones: string[] | null;
  /** A user scoped to a zone can only file platforms inside it. */
  zoneRequired: boolean;
}

export function areaChoicesOf(user: Session["user"] | undefined): AreaChoices {
  const area = user?.role === "district" ? user.areaCode : null;
  if (!area) return { districts: DISTRICTS.map((d) => d.code), zones: null, zoneRequired: false };
  if (/^\d{6}$/.test(area)) return { districts: [area], zones: null, zoneRequired: false };
  const zones = zoneWithDescendants(area);
  const districts = DISTRICTS.map((d) => d.code).filter((code) =>
    ZONES.some((z) => zones.includes(z.code) && z.districtCodes.includes(code)),
  );
  return { districts, zones, zoneRequired: true };
}

/** The zones offered for a district (all zones that touch it, within the person's area). */
export function zonesOf(areas: AreaChoices, district: string | undefined): readonly Zone[] {
  return ZONES.filter(
    (z) =>
      (!district || z.districtCodes.includes(district)) && (!areas.zones || areas.zones.includes(z.code)),
  );
}
