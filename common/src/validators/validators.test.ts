import { describe, expect, it } from "vitest";
import { isValidIdCard } from "./idcard.js";
import { isValidPhone, maskPhone } from "./phone.js";
import { isValidUscc, normaliseUscc, usccCheckChar, usccProblem } from "./uscc.js";

describe("USCC (GB 32100)", () => {
  it("accepts published codes", () => {
    // well-formed codes of an enterprise (91…) and a public institution (12…)
    for (const code of ["91430000183764483Y", "121000004448800832", "91430100MA4L16JQ9D"]) {
      expect(usccProblem(code), code).toBeNull();
    }
  });
  it("computes the check character", () => {
    expect(usccCheckChar("91430000183764483")).toBe("Y");
  });
  it("names the problem", () => {
    expect(usccProblem("91430000183764483X")).toBe("checkDigit");
    expect(usccProblem("914300007121920698")).toBe("checkDigit");
    expect(usccProblem("9143000018376448")).toBe("length");
    expect(usccProblem("91430000183764483I")).toBe("charset");
    expect(isValidUscc("")).toBe(false);
  });
  it("normalises full width and spaces", () => {
    expect(normaliseUscc(" ９１４３００００１８３７６４４８３ｙ ")).toBe("91430000183764483Y");
  });
});

describe("resident ID (GB 11643)", () => {
  it("checks the check character and the date", () => {
    expect(isValidIdCard("11010519491231002X")).toBe(true);
    expect(isValidIdCard("110105194912310021")).toBe(false);
    expect(isValidIdCard("11010519491331002X")).toBe(false);
  });
});

describe("phones", () => {
  it("validates and masks", () => {
    expect(isValidPhone("13812345678")).toBe(true);
    expect(isValidPhone("0731-88888888")).toBe(true);
    expect(isValidPhone("12345")).toBe(false);
    expect(maskPhone("13812345678")).toBe("138****5678");
  });
});
