/**
 * A small plan pack for tests, with targets whose statuses are computed by hand in the tests: a level target
 * counted by the registry and reported by statistics, one with a stated baseline, a growth target on reported
 * levels, a milestone, and a window target (increase over three years).
 */
export const TEST_PACK = `
code: test-city-2023
title: {zh: 测试市研发中心城市实施意见, en: Test city R&D centre plan}
issuedOn: 2023-07-30
issuer: {zh: 测试市人民政府, en: Test City Government}
city: {code: "430100", name: {zh: 长沙市, en: Changsha}}
baseYear: 2022
horizon: [2025, 2026]
source: {title: {zh: 测试数据, en: Test data}}
units:
  - {code: t_sti, name: {zh: 测试科技局, en: Test S&T Bureau}, kind: department}
  - {code: t_dev, name: {zh: 测试发改委, en: Test Development Commission}, kind: department}
  - {code: t_yuelu, name: {zh: 测试岳麓区, en: Test Yuelu}, kind: district, areaCode: "430104"}
indicators:
  - code: t_platforms
    name: {zh: 测试创新平台, en: Test innovation platforms}
    unit: {zh: 家, en: platforms}
    kind: level
    direction: increase
    source: both
    computed: platforms.all
    range: {min: 0, max: 100000}
  - code: t_listed
    name: {zh: 测试上市企业, en: Test listed firms}
    unit: {zh: 家, en: firms}
    kind: level
    direction: increase
    source: reported
    range: {min: 0, max: 10000}
  - code: t_rd
    name: {zh: 测试研发投入, en: Test R&D spending}
    unit: {zh: 亿元, en: 100 m CNY}
    kind: level
    direction: increase
    source: reported
    decimals: 1
    range: {min: 0, max: 100000}
  - code: t_rd_growth
    name: {zh: 测试研发投入增速, en: Test R&D spending growth}
    unit: {zh: "%", en: "%"}
    kind: growth
    direction: increase
    source: reported
    growthOf: t_rd
    publishedScale: 0.01
  - code: t_lab
    name: {zh: 测试国家实验室, en: Test national laboratory}
    unit: {zh: 家, en: labs}
    kind: milestone
    direction: increase
    source: reported
  - code: t_key_labs
    name: {zh: 测试全国重点实验室, en: Test state key laboratories}
    unit: {zh: 家, en: labs}
    kind: level
    direction: increase
    source: reported
targets:
  - {code: t2025_platforms, section: "二", text: {zh: 创新平台达到2600家, en: 2600 platforms}, indicator: t_platforms, kind: level, year: 2025, value: 2600}
  - code: t2025_listed
    section: "二"
    text: {zh: 上市企业达到100家, en: 100 listed firms}
    indicator: t_listed
    kind: level
    year: 2025
    value: 100
    baseline: {year: 2022, value: 70, source: 测试统计公报}
  - {code: t2025_rd_growth, section: "二", text: {zh: 研发投入年均增长13%, en: R&D spending +13 %/yr}, indicator: t_rd_growth, kind: growth, year: 2025, value: 0.13}
  - {code: t2025_lab, section: "二", text: {zh: 国家实验室实现零的突破, en: A national laboratory}, indicator: t_lab, kind: milestone, year: 2025, value: 1}
  - code: t2026_key_labs
    section: "三(二)2"
    text: {zh: 三年内新获批1-2家全国重点实验室, en: 1–2 new state key laboratories within three years}
    indicator: t_key_labs
    kind: level
    year: 2026
    value: 1
    valueMax: 2
    task: "1.1"
    window: {from: 2024, to: 2026}
projects:
  - code: "1"
    title: {zh: 测试工程, en: Test project}
    tasks:
      - code: "1.1"
        title: {zh: 争创国家级平台, en: National platforms}
        text: {zh: 力争三年内新获批1-2家全国重点实验室。, en: 1–2 new state key laboratories within three years.}
        lead: t_sti
        partners: [t_yuelu]
        due: 2024-12-31
        milestones:
          - {title: {zh: 完成遴选, en: Selection done}, due: 2024-06-30}
      - code: "1.2"
        title: {zh: 发改任务, en: Development task}
        text: {zh: 由发改委牵头的任务。, en: A task the commission leads.}
        lead: t_dev
        due: 2030-12-31
`;
