import { describe, expect, it } from "vitest";
import { contentStreams, decodeDrawnQr, pdfText } from "../../test/pdf-reading.js";
import { chineseDate, englishDate, verificationPage, verificationUrl } from "./format.js";
import { type CertificateDocument, renderCertificatePdf } from "./pdf.js";
import { qrMatrix } from "./qr.js";

const NUMBER = "长研认〔2026〕0001号";
const BASE = "https://kjj.changsha.gov.cn/rdcity/";

function certificate(overrides: Partial<CertificateDocument> = {}): CertificateDocument {
  return {
    number: NUMBER,
    issuedOn: "2026-11-28",
    issuedAt: new Date("2026-11-28T02:00:00Z"),
    revokedAt: null,
    content: {
      title: { zh: "长沙市研发中心认定证书", en: "Certificate of recognition as a Changsha R&D centre" },
      holder: "湖南麓谷智能装备股份有限公司",
      subject: "湖南麓谷智能装备股份有限公司长沙研发中心",
      lines: [
        { label: { zh: "平台类型", en: "Kind" }, value: "企业研发中心" },
        { label: { zh: "所在区县", en: "District" }, value: "岳麓区" },
      ],
      issuer: { zh: "长沙市科学技术局", en: "Changsha Science and Technology Bureau" },
    },
    verifyUrl: verificationUrl(BASE, NUMBER),
    verifyPage: verificationPage(BASE),
    ...overrides,
  };
}

describe("certificate dates and addresses", () => {
  it("writes dates as official documents do, and percent-encodes the number in the address", () => {
    expect(chineseDate("2026-11-28")).toBe("2026年11月28日");
    expect(chineseDate("2027-03-01")).toBe("2027年3月1日");
    expect(englishDate("2027-03-01")).toBe("1 March 2027");
    expect(verificationPage(BASE)).toBe("https://kjj.changsha.gov.cn/rdcity/public/verify");
    expect(verificationUrl("http://127.0.0.1:8080", "长研认〔2026〕0001号")).toBe(
      "http://127.0.0.1:8080/public/verify/%E9%95%BF%E7%A0%94%E8%AE%A4%E3%80%942026%E3%80%950001%E5%8F%B7",
    );
    expect(() => chineseDate("28.11.2026")).toThrow();
  });
});

describe("certificate PDF", () => {
  it("is a one-page A4 landscape PDF with a subset font, every text, and the QR code of its address", async () => {
    const pdf = await renderCertificatePdf(certificate());
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.length).toBeLessThan(200 * 1024);
    const raw = pdf.toString("latin1");
    expect(raw).toMatch(/\/MediaBox \[0 0 841\.89 595\.28\]/);
    // Subset fonts are named TAG+Name; the full 15 MB font is never embedded.
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSerifSC/);

    const { pages, text } = await pdfText(pdf);
    expect(pages).toBe(1);
    for (const expected of [
      NUMBER,
      "Certificate of recognition as a Changsha R&D centre",
      "湖南麓谷智能装备股份有限公司长沙研发中心",
      "企业研发中心",
      "长沙市科学技术局",
      "Changsha Science and Technology Bureau",
      "2026年11月28日",
      "Issued on 28 November 2026",
      "持证单位",
      "Holder",
      "https://kjj.changsha.gov.cn/rdcity/public/verify",
    ])
      expect(text).toContain(expected);
    expect(text.replace(/\s/g, "")).toContain("长沙市研发中心认定证书");
    expect(text).not.toContain("已撤销");

    // The drawn modules decode (jsQR, independent of the encoder) to the certificate's verification address.
    expect(decodeDrawnQr(pdf)).toBe(verificationUrl(BASE, NUMBER));
    expect(qrMatrix(verificationUrl(BASE, NUMBER)).size).toBeGreaterThanOrEqual(21);
  });

  it("renders the same bytes for the same certificate (creation date is the issue instant)", async () => {
    const a = await renderCertificatePdf(certificate());
    const b = await renderCertificatePdf(certificate());
    expect(a.equals(b)).toBe(true);
  });

  it("marks a revoked certificate with the date of revocation (China's date)", async () => {
    const pdf = await renderCertificatePdf(certificate({ revokedAt: new Date("2027-02-28T17:30:00Z") }));
    const { text } = await pdfText(pdf);
    expect(text).toContain("已撤销");
    expect(text).toContain("REVOKED");
    expect(text).toContain("撤销日期 2027年3月1日");
  });

  it("scales the table so that many long lines stay above the QR code, and leaves out empty rows", async () => {
    const long = "长沙市岳麓区麓谷街道麓松路与文轩路交汇处湖南麓谷智能装备股份有限公司研发大楼第十二层";
    const render = (count: number) =>
      renderCertificatePdf(
        certificate({
          content: {
            ...certificate().content,
            holder: "",
            lines: Array.from({ length: count }, (_, i) => ({
              label: { zh: `事项${i + 1}`, en: `Item ${i + 1}` },
              value: long,
            })),
          },
        }),
      );
    // Every line of the table (labels at x 150, values at x 308) has its baseline above the foot (430 pt from
    // the top), where the QR code and the issuer are.
    const tableBaselines = (pdf: Buffer) =>
      [
        ...contentStreams(pdf)
          .join("\n")
          .matchAll(/1 0 0 1 ([\d.]+) ([\d.]+) Tm/g),
      ]
        .filter((m) => ["150", "308"].includes(Number(m[1]).toFixed(0)))
        .map((m) => 595.28 - Number(m[2]));

    const eight = await render(8);
    const { text } = await pdfText(eight);
    expect(text).not.toContain("持证单位");
    expect(text).toContain("事项8");
    expect(text).toContain(NUMBER);
    expect(tableBaselines(eight).length).toBeGreaterThan(16);
    expect(Math.max(...tableBaselines(eight))).toBeLessThan(430);
    expect(decodeDrawnQr(eight)).toBe(verificationUrl(BASE, NUMBER));

    // Far more than a certificate should carry: the last further lines give way, the number stays.
    const twenty = await render(20);
    expect(Math.max(...tableBaselines(twenty))).toBeLessThan(430);
    const many = (await pdfText(twenty)).text;
    expect(many).toContain("事项1");
    expect(many).not.toContain("事项20");
    expect(many).toContain(NUMBER);
  });
});
