import { DISTRICTS } from "@rdcity/common";
import { eq } from "drizzle-orm";
import { type Actor, systemActor, userActor } from "../core/actor.js";
import { users } from "../core/auth/schema.js";
import { createUser } from "../core/auth/users.js";
import type { Db } from "../core/db/client.js";
import { addExpert } from "../core/workflow/index.js";
import type { DemoPeople } from "../modules/platforms/index.js";
import { demoEntityProfiles } from "../modules/registry/index.js";

/** Demo experts of the expert pool (专家库): names, fields and where they work (some work for applicants). */
const EXPERTS = [
  ["zhuanjia01", "赵志远", "430104", ["construction-machinery", "new-materials"]],
  ["zhuanjia02", "钱海燕", "430102", ["digital"]],
  ["zhuanjia03", "孙立新", "430105", ["life-health"]],
  ["zhuanjia04", "李文博", "430103", ["intelligent-equipment"]],
  ["zhuanjia05", "周晓岚", "430111", ["new-materials", "future-materials"]],
  ["zhuanjia06", "吴建国", "430112", ["digital", "future-computing"]],
  ["zhuanjia07", "郑雅琴", "430121", ["life-health", "seed-industry"]],
  ["zhuanjia08", "王振华", "430181", ["intelligent-equipment"]],
  ["zhuanjia09", "冯思远", "430182", ["video-creative", "digital"]],
] as const;

/**
 * People the demo needs besides the named demo accounts: the enterprise account `qiye` (an enterprise in 岳麓区
 * that applies for recognition), nine expert accounts in the expert pool, and officials standing in for the
 * districts without a demo account. Returns them as actors for the demo applications.
 */
export async function seedDemoPeople(db: Db, password: string): Promise<DemoPeople> {
  const seed = systemActor("seed");
  const profiles = await demoEntityProfiles(db);
  const enterprises = profiles.filter((p) => p.kind === "enterprise");
  const yueluEnterprise = enterprises.find((p) => p.districtCode === "430104") ?? null;
  const asActor = (row: typeof users.$inferSelect): Actor =>
    userActor(
      {
        id: row.id,
        username: row.username,
        role: row.role as never,
        areaCode: row.areaCode,
        orgId: row.orgId,
      },
      null,
      "session",
    );
  const ensure = async (input: Parameters<typeof createUser>[2]) => {
    const [found] = await db.select().from(users).where(eq(users.username, input.username));
    if (found) return found;
    return db.transaction((tx) => createUser(tx, seed, input, "zh-CN", { bypassSeparation: true }));
  };

  let enterprise: Actor | null = null;
  if (yueluEnterprise) {
    const row = await ensure({
      username: "qiye",
      displayName: `${yueluEnterprise.name} 科技项目专员`,
      role: "entity",
      orgId: yueluEnterprise.id,
      password,
      mustChangePassword: false,
    });
    enterprise = asActor(row);
  }

  const universities = profiles.filter((p) => p.kind !== "enterprise");
  const experts = new Map<string, Actor>();
  for (const [n, [username, name, districtCode, fields]] of EXPERTS.entries()) {
    const row = await ensure({
      username,
      displayName: `${name}（评审专家）`,
      role: "expert",
      password,
      mustChangePassword: false,
    });
    // Two experts work for enterprises that apply (they must never be drawn for their own employer).
    const org =
      n < 2 ? enterprises[(n * 7) % enterprises.length] : universities[n % Math.max(universities.length, 1)];
    const expert = await addExpert(db, seed, {
      userId: row.id,
      name,
      orgEntityId: org?.id ?? null,
      orgName: org?.name ?? null,
      districtCode,
      fields: [...fields],
      avoidEntityIds: n === 2 && yueluEnterprise ? [yueluEnterprise.id] : [],
    });
    experts.set(expert.id, asActor(row));
  }

  const [cityRow] = await db.select().from(users).where(eq(users.username, "cityadmin"));
  const [yueluRow] = await db.select().from(users).where(eq(users.username, "yuelu"));
  const city = cityRow ? asActor(cityRow) : seed;
  const officials = new Map<string, Actor>();
  for (const d of DISTRICTS) {
    officials.set(
      d.code,
      d.code === "430104" && yueluRow
        ? asActor(yueluRow)
        : userActor(
            {
              id: crypto.randomUUID(),
              username: `${d.name}科技局`,
              role: "district",
              areaCode: d.code,
              orgId: null,
            },
            null,
            "session",
          ),
    );
  }
  return { enterprise, city, district: (code) => officials.get(code)!, experts };
}
