import { describe, expect, it } from "vitest";
import { nameSignature } from "./names.js";

describe("nameSignature", () => {
  it("folds company forms, width, brackets and region prefixes of real Changsha names", () => {
    const groups = [
      ["三一重工股份有限公司", "三一重工有限公司", "三一重工", "三一重工股份有限公司 "],
      ["中联重科股份有限公司", "中联重科（股份）有限公司", "中联重科股份公司"],
      ["比亚迪汽车（长沙）有限公司", "长沙市比亚迪汽车有限公司", "比亚迪汽车(长沙)有限公司"],
      ["湖南省长沙市铁建重工有限公司", "铁建重工有限责任公司"],
      ["蓝思科技（长沙）有限公司", "蓝思科技(长沙)有限公司", "蓝思科技【长沙】有限公司"],
      [
        "Sany Heavy Industry Co., Ltd.",
        "SANY HEAVY INDUSTRY CO.,LTD",
        "Ｓａｎｙ Ｈｅａｖｙ Ｉｎｄｕｓｔｒｙ",
      ],
    ];
    for (const group of groups) {
      const sigs = new Set(group.map(nameSignature));
      expect(sigs.size, group.join(" | ")).toBe(1);
    }
  });

  it("keeps different organisations apart", () => {
    const distinct = [
      "湖南大学",
      "湖南师范大学",
      "长沙理工大学",
      "湖南理工学院",
      "长沙银行股份有限公司",
      "中南大学湘雅医院",
      "中南大学湘雅二医院",
    ];
    expect(new Set(distinct.map(nameSignature)).size).toBe(distinct.length);
  });

  it("does not strip a university's own region word", () => {
    expect(nameSignature("湖南大学")).toBe("湖南大学");
    expect(nameSignature("长沙银行股份有限公司")).toBe("长沙银行");
    expect(nameSignature("湖南银行股份有限公司")).toBe("湖南银行");
  });
});
