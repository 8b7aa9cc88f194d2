import { useQuery } from "@tanstack/react-query";
import { api } from "../../api/client";
import { echarts } from "./echarts";

/** The map name under which the boundaries are registered with ECharts. */
export const DISTRICT_MAP = "changsha-districts";

interface DistrictFeature {
  type: "Feature";
  properties: { adcode: string | number; name: string; [key: string]: unknown };
  geometry: unknown;
}

interface DistrictCollection {
  type: "FeatureCollection";
  features: DistrictFeature[];
}

/**
 * Changsha's nine county-level boundaries (GeoJSON, properties `adcode` and `name`), registered with ECharts
 * once. Each region is named by its division code, so the map speaks codes and the labels are localised here.
 */
async function loadDistrictGeo(signal?: AbortSignal): Promise<string[]> {
  const geo = await api<DistrictCollection>("/api/public/geo/districts", { signal });
  const features = geo.features.map((f) => ({
    ...f,
    properties: { ...f.properties, adcode: String(f.properties.adcode), name: String(f.properties.adcode) },
  }));
  echarts.registerMap(DISTRICT_MAP, { type: "FeatureCollection", features } as never);
  return features.map((f) => f.properties.adcode);
}

/** The district codes of the registered map (ready to draw once this has data). */
export function useDistrictGeo() {
  return useQuery({
    queryKey: ["geo", "districts"],
    queryFn: ({ signal }) => loadDistrictGeo(signal),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
  });
}
