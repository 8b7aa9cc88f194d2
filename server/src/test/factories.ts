import { type EntityCreate, usccCheckChar } from "@rdcity/common";

let counter = 0;

/** A valid USCC that is unique within the test process. */
export function testUscc(district = "430104", seq = ++counter): string {
  const org = String(seq).padStart(9, "0");
  const first17 = `91${district}${org}`;
  return first17 + usccCheckChar(first17);
}

export function buildEntity(overrides: Partial<EntityCreate> = {}): EntityCreate {
  const n = ++counter;
  return {
    uscc: testUscc(overrides.districtCode ?? "430104"),
    name: `长沙测试${n}号智能装备有限公司`,
    kind: "enterprise",
    districtCode: "430104",
    formerNames: [],
    industries: ["intelligent-equipment"],
    isListed: false,
    littleGiant: "none",
    isHighTech: true,
    isFortune500Affiliate: false,
    isForeignInvested: false,
    contactName: "张伟",
    contactPhone: "13812345678",
    ...overrides,
  };
}
