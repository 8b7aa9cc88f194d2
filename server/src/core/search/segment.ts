import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js";
import { INDUSTRIES, ZONES } from "@rdcity/common";

/**
 * Chinese word segmentation for the search index (jieba with the domain's own terms added). Index text is
 * cut in search mode (words and their sub-words); queries are cut precisely, so query words are found in it.
 */
const DOMAIN_TERMS = [
  "全国重点实验室",
  "国家重点实验室",
  "国家技术创新中心",
  "国家制造业创新中心",
  "国家产业创新中心",
  "国家企业技术中心",
  "国家工程研究中心",
  "国家临床医学研究中心",
  "国家医学中心",
  "新型研发机构",
  "研发中心",
  "专精特新",
  "小巨人",
  "高新技术企业",
  "湘江科学城",
  "岳麓山实验室",
  "湘江实验室",
  "芙蓉实验室",
  "岳麓山工业创新中心",
  "超级计算",
  "工程机械",
  "中试基地",
  "科技成果",
  "技术经理人",
  "保税研发",
  ...INDUSTRIES.map((i) => i.name),
  ...ZONES.map((z) => z.name),
];

let instance: Jieba | null = null;

function jieba(): Jieba {
  if (!instance) {
    instance = Jieba.withDict(dict);
    instance.loadDict(Buffer.from(DOMAIN_TERMS.map((t) => `${t} 50000 n`).join("\n"), "utf8"));
  }
  return instance;
}

const WORDLIKE = /[\p{L}\p{N}]/u;

function clean(words: string[]): string[] {
  return words.map((w) => w.trim().toLowerCase()).filter((w) => w && WORDLIKE.test(w));
}

/** Words for the tsvector: search-mode segmentation (words and their sub-words). Substrings are served by ILIKE on pg_trgm. */
export function indexWords(...texts: (string | null | undefined)[]): string {
  const out = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    const normal = text.normalize("NFKC");
    for (const w of clean(jieba().cutForSearch(normal, true))) out.add(w);
  }
  return [...out].join(" ");
}

/** Precise-mode words of a query. */
export function queryWords(text: string): string[] {
  return [...new Set(clean(jieba().cut(text.normalize("NFKC"), true)))];
}

/** Warm the dictionary at start so the first request does not pay for it. */
export function warmSegmenter(): void {
  jieba();
}
