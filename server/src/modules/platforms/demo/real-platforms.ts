/**
 * Real platforms in Changsha, used as DEMONSTRATION data only. Their names are public: most are named in the
 * 2023 plan (../shared/seed/changsha-global-rd-center-city-plan-2023.zh.txt; `source` gives the section), three
 * national clinical research centres are public knowledge. Hosts are the organisations publicly associated
 * with them, as far as they are in the demo registry; recognition dates and document numbers are NOT known
 * here and are illustrative (the generator draws them). Platforms the plan says are still being built or
 * sought ("加快建设", "争创") start cultivating.
 */
import type { PlatformLevel, PlatformStatus } from "@rdcity/common";

export interface RealPlatform {
  name: string;
  nameEn?: string;
  typeCode: string;
  level: PlatformLevel;
  /** The host's name as in the registry's demo organisations. */
  host: string;
  coBuilders?: string[];
  industries: string[];
  /** Year the platform was recognised (approximate, illustrative), or null while it is being built. */
  year: number | null;
  status?: PlatformStatus;
  source: string;
}

const PLAN = "《关于全力建设全球研发中心城市 奋力打造具有核心竞争力的科技创新高地的实施意见》（2023）";
const plan = (section: string) => `${PLAN}${section}`;
const PUBLIC = "公开资料（国家临床医学研究中心名单）";

export const REAL_PLATFORMS: readonly RealPlatform[] = [
  {
    name: "起重机械关键技术全国重点实验室",
    nameEn: "State Key Laboratory of Crane Technology",
    typeCode: "state_key_lab",
    level: "national",
    host: "中联重科股份有限公司",
    industries: ["construction-machinery"],
    year: 2022,
    source: plan("三（四）1（1）"),
  },
  {
    name: "整车先进设计制造技术全国重点实验室",
    nameEn: "State Key Laboratory of Advanced Design and Manufacturing Technology for Vehicle",
    typeCode: "state_key_lab",
    level: "national",
    host: "湖南大学",
    industries: ["auto-parts"],
    year: 2022,
    source: plan("三（四）1（2）"),
  },
  {
    name: "国家超级计算长沙中心",
    nameEn: "National Supercomputing Center in Changsha",
    typeCode: "strategic_platform",
    level: "national",
    host: "湖南大学",
    industries: ["future-computing", "digital"],
    year: 2014,
    source: plan("三（二）3、三（四）1（3）"),
  },
  {
    name: "国家第三代半导体技术创新中心（湖南）",
    typeCode: "national_tech_innovation_center",
    level: "national",
    host: "中国电子科技集团公司第四十八研究所",
    industries: ["digital", "new-materials"],
    year: 2021,
    source: plan("三（四）1（3）"),
  },
  {
    name: "“三束”微纳加工装备应用技术湖南省重点实验室",
    typeCode: "key_lab",
    level: "provincial",
    host: "中国电子科技集团公司第四十八研究所",
    industries: ["digital", "intelligent-equipment"],
    year: 2020,
    source: plan("三（四）1（3）"),
  },
  {
    name: "粉末冶金国家重点实验室",
    nameEn: "State Key Laboratory of Powder Metallurgy",
    typeCode: "state_key_lab",
    level: "national",
    host: "中南大学",
    industries: ["new-materials"],
    year: 2007,
    source: plan("三（四）1（4）"),
  },
  {
    name: "极端服役性能精准制造全国重点实验室",
    typeCode: "state_key_lab",
    level: "national",
    host: "中南大学",
    industries: ["new-materials", "intelligent-equipment"],
    year: 2022,
    source: plan("三（四）1（4）"),
  },
  {
    name: "国家能源金属资源与新材料重点实验室",
    typeCode: "ministry_key_lab",
    level: "national",
    host: "中南大学",
    industries: ["new-materials"],
    year: 2019,
    source: plan("三（四）1（4）"),
  },
  {
    name: "马栏山数字媒体湖南省重点实验室",
    typeCode: "key_lab",
    level: "provincial",
    host: "湖南快乐阳光互动娱乐传媒有限公司",
    industries: ["video-creative"],
    year: 2021,
    source: plan("三（四）1（5）"),
  },
  {
    name: "岳麓山实验室",
    nameEn: "Yuelushan Laboratory",
    typeCode: "hunan_lab",
    level: "provincial",
    host: "湖南省农业科学院",
    coBuilders: ["湖南农业大学", "袁隆平农业高科技股份有限公司"],
    industries: ["seed-industry"],
    year: 2022,
    source: plan("三（二）3、三（四）1（6）"),
  },
  {
    name: "杂交水稻全国重点实验室",
    nameEn: "State Key Laboratory of Hybrid Rice",
    typeCode: "state_key_lab",
    level: "national",
    host: "湖南省农业科学院",
    industries: ["seed-industry"],
    year: 2022,
    source: plan("三（四）1（6）"),
  },
  {
    name: "国家耐盐碱水稻技术创新中心",
    typeCode: "national_tech_innovation_center",
    level: "national",
    host: "湖南省农业科学院",
    coBuilders: ["袁隆平农业高科技股份有限公司"],
    industries: ["seed-industry"],
    year: 2021,
    source: plan("三（四）1（6）"),
  },
  {
    name: "岳麓山工业创新中心",
    typeCode: "hunan_lab",
    level: "provincial",
    host: "湖南大学",
    coBuilders: ["中南大学"],
    industries: ["intelligent-equipment", "new-materials"],
    year: 2022,
    source: plan("三（二）3"),
  },
  {
    name: "湘江实验室",
    nameEn: "Xiangjiang Laboratory",
    typeCode: "hunan_lab",
    level: "provincial",
    host: "湘江实验室",
    industries: ["future-computing", "digital", "brain-like-ai"],
    year: 2022,
    source: plan("三（二）3"),
  },
  {
    name: "芙蓉实验室",
    nameEn: "Furong Laboratory",
    typeCode: "hunan_lab",
    level: "provincial",
    host: "中南大学",
    coBuilders: ["中南大学湘雅医院"],
    industries: ["life-health"],
    year: 2022,
    source: plan("三（二）3、三（四）2（2）"),
  },
  {
    name: "大飞机地面动力学试验平台",
    typeCode: "strategic_platform",
    level: "provincial",
    host: "中南大学",
    industries: ["aerospace"],
    year: 2022,
    source: plan("三（二）3、三（四）2（1）"),
  },
  {
    name: "化学生物传感与计量学国家重点实验室",
    typeCode: "state_key_lab",
    level: "national",
    host: "湖南大学",
    industries: ["life-health"],
    year: 2007,
    source: plan("三（四）2（2）"),
  },
  {
    name: "机器人视觉感知与控制技术国家工程研究中心",
    typeCode: "national_engineering_research_center",
    level: "national",
    host: "湖南大学",
    industries: ["intelligent-equipment", "brain-like-ai"],
    year: 2019,
    source: plan("三（四）2（3）"),
  },
  {
    name: "国家高效磨削工程技术研究中心",
    typeCode: "national_engineering_tech_center",
    level: "national",
    host: "湖南大学",
    industries: ["intelligent-equipment"],
    year: 2008,
    source: plan("三（四）2（3）"),
  },
  {
    name: "高分子复杂结构增材制造国家工程研究中心",
    typeCode: "national_engineering_research_center",
    level: "national",
    host: "湖南华曙高科技股份有限公司",
    industries: ["intelligent-equipment", "new-materials"],
    year: 2021,
    source: plan("三（四）2（3）"),
  },
  {
    name: "湖南北斗时空技术创新中心",
    typeCode: "tech_innovation_center",
    level: "provincial",
    host: "国防科技大学",
    industries: ["aerospace"],
    year: null,
    source: plan("三（四）2（1）"),
  },
  {
    name: "长沙北斗产业安全技术研究院",
    typeCode: "new_rd_institution",
    level: "municipal",
    host: "国防科技大学",
    industries: ["aerospace", "digital"],
    year: 2021,
    source: plan("三（四）2（1）"),
  },
  {
    name: "湖南先进技术研究院",
    typeCode: "new_rd_institution",
    level: "provincial",
    host: "国防科技大学",
    industries: ["intelligent-equipment", "aerospace"],
    year: null,
    source: plan("三（四）2（3）"),
  },
  {
    name: "国家老年疾病临床医学研究中心（湘雅医院）",
    typeCode: "national_clinical_research_center",
    level: "national",
    host: "中南大学湘雅医院",
    industries: ["life-health"],
    year: 2019,
    source: PUBLIC,
  },
  {
    name: "国家代谢性疾病临床医学研究中心（湘雅二医院）",
    typeCode: "national_clinical_research_center",
    level: "national",
    host: "中南大学湘雅二医院",
    industries: ["life-health"],
    year: 2014,
    source: PUBLIC,
  },
  {
    name: "国家精神心理疾病临床医学研究中心（湘雅二医院）",
    typeCode: "national_clinical_research_center",
    level: "national",
    host: "中南大学湘雅二医院",
    industries: ["life-health"],
    year: 2019,
    source: PUBLIC,
  },
];
