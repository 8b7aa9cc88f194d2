import { describe, expect, it } from "vitest";
import { detectDelimiter, parseCsv } from "./csv-parse.js";

const records = (text: string, delimiter = ",") => [...parseCsv(text, delimiter)].map((r) => r.fields);
const numbers = (text: string) => [...parseCsv(text)].map((r) => r.record);

describe("parseCsv", () => {
  it("splits plain fields and keeps empty ones", () => {
    expect(records("a,b,c\n1,,3\n,,\n")).toEqual([
      ["a", "b", "c"],
      ["1", "", "3"],
      ["", "", ""],
    ]);
    expect(records("a,b,")).toEqual([["a", "b", ""]]);
    expect(records("single")).toEqual([["single"]]);
    expect(records("")).toEqual([]);
  });

  it("reads quoted fields with delimiters, doubled quotes and line breaks", () => {
    expect(records('"a,b","say ""hi""","line\r\nbreak","",x\n')).toEqual([
      ["a,b", 'say "hi"', "line\r\nbreak", "", "x"],
    ]);
    expect(records('"""quoted"""')).toEqual([['"quoted"']]);
    expect(records('"ends with quote"""')).toEqual([['ends with quote"']]);
  });

  it("accepts CRLF, LF and lone CR, and a final line break starts no record", () => {
    expect(records("a,b\r\n1,2\r\n")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
    expect(records("a\rb\r")).toEqual([["a"], ["b"]]);
    expect(records("a\n\n\nb")).toEqual([["a"], [""], [""], ["b"]]);
    expect(records("a\r\n\r\nb\r\n")).toEqual([["a"], [""], ["b"]]);
  });

  it("numbers records as a spreadsheet shows rows: quoted line breaks stay in their row, blank lines count", () => {
    expect(numbers('h\n"two\nlines"\n\nfour\n')).toEqual([1, 2, 3, 4]);
  });

  it("is lenient like spreadsheet programs with stray quotes", () => {
    expect(records('ab"c,d\n')).toEqual([['ab"c', "d"]]);
    expect(records('"quoted"tail,x\n')).toEqual([["quotedtail", "x"]]);
    expect(records('"never closed,x\ny')).toEqual([["never closed,x\ny"]]);
    expect(records(' "not quoted",x')).toEqual([[' "not quoted"', "x"]]);
  });

  it("splits on tabs and semicolons when asked", () => {
    expect(records('a\tb\n1\t"x\ty"\n', "\t")).toEqual([
      ["a", "b"],
      ["1", "x\ty"],
    ]);
    expect(records("a;b;c", ";")).toEqual([["a", "b", "c"]]);
  });

  it("keeps multi-byte text intact and runs in linear time on large input", () => {
    expect(records("名称,备注\n长沙，湖南,“引号”\n")).toEqual([
      ["名称", "备注"],
      ["长沙，湖南", "“引号”"],
    ]);
    const big = `${'长沙某某科技有限公司,"含,逗号",123\n'.repeat(100_000)}`;
    const started = Date.now();
    let count = 0;
    for (const _ of parseCsv(big)) count++;
    expect(count).toBe(100_000);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe("detectDelimiter", () => {
  it("prefers a comma on the first line, then a tab, then a semicolon", () => {
    expect(detectDelimiter("a,b\tc\n")).toBe(",");
    expect(detectDelimiter("a\tb;c\n1,2")).toBe("\t");
    expect(detectDelimiter("a;b\n1,2")).toBe(";");
    expect(detectDelimiter("名称\n1,2")).toBe(",");
  });

  it("ignores separators inside quotes on the header line", () => {
    expect(detectDelimiter('"a,b"\tc\n')).toBe("\t");
    expect(detectDelimiter('"a\nb";c\n')).toBe(";");
  });
});
