/**
 * Real, publicly known Changsha organisations, used as DEMONSTRATION data only.
 *
 * - The names are those of real public organisations. Sources: the platforms named in the 2023 plan
 *   (../shared/seed/changsha-global-rd-center-city-plan-2023.zh.txt, marked `source: "plan-2023"`) and public
 *   knowledge of Changsha's universities, hospitals, listed companies and government bodies (`"public"`).
 * - Their unified social credit codes are NOT known here and are NOT real: every code is synthetic, valid in
 *   format (GB 32100 check character), with the organisation code "RDCDEM" + a number so that anyone can see it
 *   is a demo code (`isDemoUscc`). Callers store every record with `isDemo: true`.
 * - District, zone and industries are best public knowledge; flags are set only where they are well known
 *   (listed on a stock exchange; part of a Fortune Global 500 group). Everything else is left at its default.
 *   No contact persons or phone numbers.
 */
import { type EntityCreate, type EntityKind, isValidUscc } from "@rdcity/common";
import { buildUscc, demoOrgCode, type UsccCategory, usccCategoryFor } from "./demo-uscc.js";

export interface RealEntity {
  name: string;
  nameEn: string;
  kind: EntityKind;
  districtCode: string;
  zoneCode?: string;
  industries: string[];
  isListed?: boolean;
  isFortune500Affiliate?: boolean;
  /** When the organisation's legal form differs from its kind's usual one (an institute run as a company). */
  usccCategory?: UsccCategory;
  source: "plan-2023" | "public";
}

const YUELU = "430104";
const FURONG = "430102";
const TIANXIN = "430103";
const KAIFU = "430105";
const YUHUA = "430111";
const CHANGSHA_COUNTY = "430121";
const LIUYANG = "430181";
const NINGXIANG = "430182";

function university(
  name: string,
  nameEn: string,
  districtCode: string,
  industries: string[],
  zoneCode?: string,
): RealEntity {
  return {
    name,
    nameEn,
    kind: "university",
    districtCode,
    industries,
    source: "public",
    ...(zoneCode ? { zoneCode } : {}),
  };
}

function hospital(name: string, nameEn: string, districtCode: string): RealEntity {
  return { name, nameEn, kind: "hospital", districtCode, industries: ["life-health"], source: "public" };
}

function government(name: string, nameEn: string, districtCode: string, zoneCode?: string): RealEntity {
  return {
    name,
    nameEn,
    kind: "government",
    districtCode,
    industries: [],
    source: "public",
    ...(zoneCode ? { zoneCode } : {}),
  };
}

function listed(
  name: string,
  nameEn: string,
  districtCode: string,
  industries: string[],
  zoneCode?: string,
): RealEntity {
  return {
    name,
    nameEn,
    kind: "enterprise",
    districtCode,
    industries,
    isListed: true,
    source: "public",
    ...(zoneCode ? { zoneCode } : {}),
  };
}

export const REAL_ENTITIES: readonly RealEntity[] = [
  // Universities
  university(
    "中南大学",
    "Central South University",
    YUELU,
    ["new-materials", "life-health", "aerospace"],
    "YLSDXC",
  ),
  university(
    "湖南大学",
    "Hunan University",
    YUELU,
    ["auto-parts", "digital", "intelligent-equipment"],
    "YLSDXC",
  ),
  university("湖南师范大学", "Hunan Normal University", YUELU, ["life-health", "digital"], "YLSDXC"),
  university("国防科技大学", "National University of Defense Technology", KAIFU, [
    "aerospace",
    "future-computing",
    "quantum",
  ]),
  university("长沙理工大学", "Changsha University of Science and Technology", TIANXIN, [
    "digital",
    "new-materials",
  ]),
  university("湖南农业大学", "Hunan Agricultural University", FURONG, ["seed-industry"]),
  university("中南林业科技大学", "Central South University of Forestry and Technology", TIANXIN, [
    "new-materials",
  ]),
  university("湖南中医药大学", "Hunan University of Chinese Medicine", YUELU, ["life-health"]),
  university("湖南工商大学", "Hunan University of Technology and Business", YUELU, ["digital"]),
  university("长沙学院", "Changsha University", KAIFU, ["digital"]),

  // Research institutes and platforms
  {
    name: "国家超级计算长沙中心",
    nameEn: "National Supercomputing Center in Changsha",
    kind: "institute",
    districtCode: YUELU,
    zoneCode: "YLSDXC",
    industries: ["future-computing", "digital"],
    source: "plan-2023",
  },
  {
    name: "湘江实验室",
    nameEn: "Xiangjiang Laboratory",
    kind: "institute",
    districtCode: YUELU,
    industries: ["future-computing", "digital", "brain-like-ai"],
    source: "plan-2023",
  },
  {
    name: "湖南省农业科学院",
    nameEn: "Hunan Academy of Agricultural Sciences",
    kind: "institute",
    districtCode: FURONG,
    industries: ["seed-industry"],
    source: "public",
  },
  {
    name: "长沙矿冶研究院有限责任公司",
    nameEn: "Changsha Research Institute of Mining and Metallurgy Co., Ltd.",
    kind: "institute",
    districtCode: YUELU,
    industries: ["new-materials"],
    usccCategory: "91",
    source: "public",
  },
  {
    name: "中国电子科技集团公司第四十八研究所",
    nameEn: "The 48th Research Institute of China Electronics Technology Group Corporation",
    kind: "institute",
    districtCode: TIANXIN,
    industries: ["digital", "intelligent-equipment"],
    source: "public",
  },

  // Hospitals
  hospital("中南大学湘雅医院", "Xiangya Hospital, Central South University", KAIFU),
  hospital("中南大学湘雅二医院", "The Second Xiangya Hospital of Central South University", FURONG),
  hospital("中南大学湘雅三医院", "The Third Xiangya Hospital of Central South University", YUELU),
  hospital("湖南省人民医院", "Hunan Provincial People's Hospital", FURONG),
  hospital("湖南省肿瘤医院", "Hunan Cancer Hospital", YUELU),
  hospital("湖南省儿童医院", "Hunan Children's Hospital", YUHUA),

  // Government bodies
  government("长沙市人民政府", "Changsha Municipal People's Government", YUELU),
  government("长沙市科学技术局", "Changsha Science and Technology Bureau", YUELU),
  government("长沙市发展和改革委员会", "Changsha Development and Reform Commission", YUELU),
  government("长沙市工业和信息化局", "Changsha Bureau of Industry and Information Technology", YUELU),
  government(
    "湖南湘江新区管理委员会",
    "Administrative Committee of Hunan Xiangjiang New Area",
    YUELU,
    "XJXQ",
  ),
  government(
    "长沙高新技术产业开发区管理委员会",
    "Administrative Committee of Changsha Hi-tech Zone",
    YUELU,
    "CSGXQ",
  ),
  government(
    "长沙经济技术开发区管理委员会",
    "Administrative Committee of Changsha ETDZ",
    CHANGSHA_COUNTY,
    "CSJKQ",
  ),

  // Enterprises
  listed(
    "三一重工股份有限公司",
    "Sany Heavy Industry Co., Ltd.",
    CHANGSHA_COUNTY,
    ["construction-machinery", "intelligent-equipment"],
    "CSJKQ",
  ),
  {
    name: "三一集团有限公司",
    nameEn: "Sany Group Co., Ltd.",
    kind: "enterprise",
    districtCode: CHANGSHA_COUNTY,
    zoneCode: "CSJKQ",
    industries: ["construction-machinery", "intelligent-equipment"],
    source: "public",
  },
  listed("中联重科股份有限公司", "Zoomlion Heavy Industry Science and Technology Co., Ltd.", YUELU, [
    "construction-machinery",
    "intelligent-equipment",
  ]),
  {
    ...listed(
      "中国铁建重工集团股份有限公司",
      "China Railway Construction Heavy Industry Corporation Limited",
      CHANGSHA_COUNTY,
      ["construction-machinery"],
      "CSJKQ",
    ),
    isFortune500Affiliate: true,
  },
  listed(
    "山河智能装备股份有限公司",
    "Sunward Intelligent Equipment Co., Ltd.",
    CHANGSHA_COUNTY,
    ["construction-machinery", "aerospace"],
    "CSJKQ",
  ),
  listed("蓝思科技股份有限公司", "Lens Technology Co., Ltd.", LIUYANG, ["digital", "new-materials"], "LYJKQ"),
  {
    name: "长沙市比亚迪汽车有限公司",
    nameEn: "Changsha BYD Auto Co., Ltd.",
    kind: "enterprise",
    districtCode: YUHUA,
    industries: ["auto-parts"],
    isFortune500Affiliate: true,
    source: "public",
  },
  listed("威胜信息技术股份有限公司", "Willfar Information Technology Co., Ltd.", YUELU, ["digital"]),
  listed("爱尔眼科医院集团股份有限公司", "Aier Eye Hospital Group Co., Ltd.", TIANXIN, ["life-health"]),
  listed("湖南华菱钢铁股份有限公司", "Hunan Valin Steel Co., Ltd.", TIANXIN, ["new-materials"]),
  listed("长沙银行股份有限公司", "Bank of Changsha Co., Ltd.", YUELU, []),
  listed(
    "拓维信息系统股份有限公司",
    "Talkweb Information System Co., Ltd.",
    YUELU,
    ["digital", "video-creative"],
    "CSGXQ",
  ),
  listed("芒果超媒股份有限公司", "Mango Excellent Media Co., Ltd.", KAIFU, ["video-creative"], "MLS"),
  {
    name: "湖南快乐阳光互动娱乐传媒有限公司",
    nameEn: "Hunan Happy Sunshine Interactive Entertainment Media Co., Ltd.",
    kind: "enterprise",
    districtCode: KAIFU,
    zoneCode: "MLS",
    industries: ["video-creative", "digital"],
    source: "public",
  },
  listed("中南出版传媒集团股份有限公司", "China South Publishing & Media Group Co., Ltd.", KAIFU, [
    "video-creative",
  ]),
  listed(
    "楚天科技股份有限公司",
    "Truking Technology Limited",
    NINGXIANG,
    ["life-health", "intelligent-equipment"],
    "NXJKQ",
  ),
  listed("圣湘生物科技股份有限公司", "Sansure Biotech Inc.", YUELU, ["life-health"], "CSGXQ"),
  listed(
    "长沙景嘉微电子股份有限公司",
    "Changsha Jingjia Microelectronics Co., Ltd.",
    YUELU,
    ["digital", "future-computing"],
    "CSGXQ",
  ),
  listed("袁隆平农业高科技股份有限公司", "Yuan Longping High-tech Agriculture Co., Ltd.", FURONG, [
    "seed-industry",
  ]),
  listed(
    "湖南华曙高科技股份有限公司",
    "Farsoon Technologies Co., Ltd.",
    YUELU,
    ["intelligent-equipment", "new-materials"],
    "CSGXQ",
  ),
  listed("安克创新科技股份有限公司", "Anker Innovations Technology Co., Ltd.", YUELU, ["digital"], "CSGXQ"),
  listed(
    "湖南国科微电子股份有限公司",
    "Hunan Goke Microelectronics Co., Ltd.",
    CHANGSHA_COUNTY,
    ["digital"],
    "CSJKQ",
  ),
  listed("湖南长远锂科股份有限公司", "Hunan Changyuan Lico Co., Ltd.", YUELU, ["new-materials"], "CSGXQ"),
];

/** The real organisations as entity inputs with synthetic demo codes (RDCDEM001 …, in list order). */
export function realEntities(): EntityCreate[] {
  return REAL_ENTITIES.map((r, i) => {
    const uscc = buildUscc(r.usccCategory ?? usccCategoryFor(r.kind), r.districtCode, demoOrgCode(i + 1));
    if (!isValidUscc(uscc)) throw new Error(`bad demo code for ${r.name}`);
    return {
      uscc,
      name: r.name,
      nameEn: r.nameEn,
      formerNames: [],
      kind: r.kind,
      districtCode: r.districtCode,
      zoneCode: r.zoneCode ?? null,
      industries: [...r.industries],
      isListed: r.isListed === true,
      littleGiant: "none",
      isHighTech: false,
      isFortune500Affiliate: r.isFortune500Affiliate === true,
      isForeignInvested: false,
      contactName: null,
      contactPhone: null,
    };
  });
}
