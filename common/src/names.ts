/**
 * Name signatures for entity resolution. Two names with the same signature are very likely the same
 * organisation written differently: full/half width, brackets, company-form suffixes, province/city prefixes.
 */
const REGION_IN_BRACKETS = /[(（[【〔]\s*(中国|湖南省?|长沙市?|china|hunan|changsha)\s*[)）\]】〕]/giu;
const BRACKETS = /[()（）[\]【】〔〕<>《》「」『』]/gu;
const PUNCTUATION = /[\s·•.,，。、'"“”‘’&＆+\-—_/\\:：;；!！?？]+/gu;
const LEADING_REGION = /^(湖南省|长沙市)+/u;
const COMPANY_SUFFIXES = [
  "股份有限公司",
  "有限责任公司",
  "有限公司",
  "股份公司",
  "公司",
  "co.,ltd",
  "coltd",
  "co ltd",
  "limited",
  "ltd",
  "incorporated",
  "inc",
  "corporation",
  "corp",
];

export function nameSignature(name: string): string {
  let s = name.normalize("NFKC").toLowerCase();
  s = s.replace(REGION_IN_BRACKETS, "");
  s = s.replace(BRACKETS, "");
  s = s.replace(PUNCTUATION, "");
  s = s.replace(LEADING_REGION, "");
  let stripped = true;
  while (stripped) {
    stripped = false;
    for (const suffix of COMPANY_SUFFIXES) {
      const compact = suffix.replace(PUNCTUATION, "");
      if (s.length > compact.length + 1 && s.endsWith(compact)) {
        s = s.slice(0, -compact.length);
        stripped = true;
      }
    }
  }
  return s;
}
