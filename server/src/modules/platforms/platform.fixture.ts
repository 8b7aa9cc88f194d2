import { type EntityCreate, type PlatformCreate, usccCheckChar } from "@rdcity/common";

/** The part of the test client the fixtures use (kept structural: src/test is not part of the build). */
interface Poster {
  post(url: string, payload?: unknown): Promise<{ statusCode: number; body: string; json(): { id: string } }>;
}

let counter = 0;

/** A valid USCC unique within the test process (organisation codes 7xxxxxxxx, apart from the registry's tests). */
export function fixtureUscc(district = "430104"): string {
  const first17 = `91${district}7${String(++counter).padStart(8, "0")}`;
  return first17 + usccCheckChar(first17);
}

/** Registers an entity through the registry's API and returns its id (hosts and co-builders of test platforms). */
export async function hostEntity(admin: Poster, overrides: Partial<EntityCreate> = {}): Promise<string> {
  const n = ++counter;
  const body = {
    uscc: fixtureUscc(overrides.districtCode ?? "430104"),
    name: `长沙平台测试${n}号科技有限公司`,
    kind: "enterprise",
    districtCode: "430104",
    industries: ["intelligent-equipment"],
    confirmDistinct: true,
    ...overrides,
  };
  const res = await admin.post("/api/entities", body);
  if (res.statusCode !== 201) throw new Error(`entity not created: ${res.body}`);
  return res.json().id;
}

/** A valid platform body; unique names within the test process. */
export function buildPlatform(hostEntityId: string, overrides: Partial<PlatformCreate> = {}): PlatformCreate {
  const n = ++counter;
  return {
    name: `湖南省测试${n}号智能装备重点实验室`,
    typeCode: "key_lab",
    level: "provincial",
    hostEntityId,
    districtCode: "430104",
    industries: ["intelligent-equipment"],
    links: [],
    status: "cultivating",
    ...overrides,
  } as PlatformCreate;
}
