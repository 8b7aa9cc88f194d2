/**
 * Name signatures for entity resolution. Two names with the same signature are very likely the same
 * organisation written differently: full/half width, brackets, company-form suffixes, province/city prefixes.
 */
const REGION_IN_BRACKETS = /[(（[【〔]\s*(中国|湖南省?|长沙市?|china|hunan|changsha)\s*[)）\]】〕]/giu;
const BRACKETS = /[()（）[\]【】〔〕<>《》「」『』]/gu;
const PUNCTUATION = /[\s·•.,，。、'"“”‘’&＆+\-—_/\\:：;；!！?？]+/gu;
const LEADING_REGION = /^(湖南省|长沙市)+/u;
/** 湖南/长沙 without 省/市 in front of a company's trade name (湖南星达软件 = 湖南省星达软件 = 星达软件). */
const LEADING_SHORT_REGION = /^(湖南|长沙)+/u;
/** Below this many characters the rest is too generic to drop the region (长沙银行 stays 长沙银行). */
const MIN_CORE_AFTER_REGION = 4;
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
].map((suffix) => suffix.replace(PUNCTUATION, ""));

export function nameSignature(name: string): string {
  let s = name.normalize("NFKC").toLowerCase();
  s = s.replace(REGION_IN_BRACKETS, "");
  s = s.replace(BRACKETS, "");
  s = s.replace(PUNCTUATION, "");
  s = s.replace(LEADING_REGION, "");
  let company = false;
  let stripped = true;
  while (stripped) {
    stripped = false;
    for (const suffix of COMPANY_SUFFIXES) {
      if (s.length > suffix.length + 1 && s.endsWith(suffix)) {
        s = s.slice(0, -suffix.length);
        stripped = true;
        company = true;
      }
    }
  }
  // Only for companies: a university's or a bank's own region word is part of its name.
  if (company) {
    const core = s.replace(LEADING_SHORT_REGION, "");
    if (core.length >= MIN_CORE_AFTER_REGION) s = core;
  }
  return s;
}
