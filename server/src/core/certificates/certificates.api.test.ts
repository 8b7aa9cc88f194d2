import { errorMessage, type Role } from "@rdcity/common";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addUser, Client, engines, signedIn, startTestApp, type TestContext } from "../../test/harness.js";
import { decodeDrawnQr, pdfText } from "../../test/pdf-reading.js";
import { userActor } from "../actor.js";
import { auditLog } from "../audit/index.js";
import { manualClock } from "../calendar/index.js";
import {
  type ProcessDefinitionInput,
  registerProcess,
  startInstance,
  transition,
} from "../workflow/index.js";
import { workflowCertificates } from "../workflow/schema.js";

const ORG_A = "a0000000-0000-4000-8000-0000000000c1";
const ORG_B = "b0000000-0000-4000-8000-0000000000c2";
const PUBLIC_URL = "https://kjj.changsha.gov.cn/rdcity";

/** A short process that issues a certificate: applied → certified. */
function certifying(key: string, series: string): ProcessDefinitionInput {
  return {
    key,
    version: 1,
    label: { zh: "证书测试认定", en: "Certificate test recognition" },
    subjectType: "platform",
    initialState: "applied",
    starters: ["entity"],
    readers: ["leadership"],
    states: {
      applied: { label: { zh: "已申报", en: "Applied" } },
      certified: { label: { zh: "已发证", en: "Certified" }, final: true },
    },
    certificate: { series },
    transitions: [
      {
        action: "issue_certificate",
        label: { zh: "颁发证书", en: "Issue the certificate" },
        from: "applied",
        to: "certified",
        roles: ["city_admin"],
        step: "certificate",
      },
    ],
  };
}

// The content comes from the instance's data, as a module's hook would read its own records.
registerProcess(certifying("cert_test", "长研认"), {
  describeCertificate: async (_ex, { instance }) => ({
    title: { zh: "长沙市研发中心认定证书", en: "Certificate of recognition as a Changsha R&D centre" },
    holder: String(instance.data.holder),
    subject: String(instance.data.centre),
    lines: [{ label: { zh: "所在区县", en: "District" }, value: "岳麓区" }],
    issuer: { zh: "长沙市科学技术局", en: "Changsha Science and Technology Bureau" },
  }),
});
// A process without describeCertificate: its certificates still render and verify, with a title only.
registerProcess(certifying("cert_plain", "测试证"));

describe.each(engines())("certificates on %s", (engine) => {
  let ctx: TestContext;
  let owner: Client;
  let stranger: Client;
  let official: Client;
  let certificateId: string;
  let plainNumber: string;
  const NUMBER = "长研认〔2026〕0001号";
  const clock = manualClock("2026-11-28T10:00:00+08:00");

  async function issue(process: string, data: Record<string, unknown>) {
    const ownerRow = await addUser(ctx, `applicant-${process}`, "entity", { orgId: ORG_A });
    const cityRow = await addUser(ctx, `city-${process}`, "city_admin");
    const actor = (row: typeof ownerRow) =>
      userActor({ ...row, role: row.role as Role }, "127.0.0.1", "session");
    const applicant = actor(ownerRow);
    const started = await startInstance(
      ctx.database.db,
      applicant,
      { process, subject: { type: "platform", id: `p-${process}` }, areaCode: "430104", data },
      { clock },
    );
    const certified = await transition(
      ctx.database.db,
      actor(cityRow),
      started.id,
      { action: "issue_certificate", expectedVersion: started.version },
      { clock },
    );
    const issued = certified.stepResults.certificate as { id: string; number: string };
    const client = new Client(ctx);
    await client.login(`applicant-${process}`);
    return { ...issued, owner: client };
  }

  beforeAll(async () => {
    ctx = await startTestApp(engine, { RDCITY_PUBLIC_URL: `${PUBLIC_URL}/` });
    const issued = await issue("cert_test", {
      holder: "湖南麓谷智能装备股份有限公司",
      centre: "湖南麓谷智能装备股份有限公司长沙研发中心",
    });
    expect(issued.number).toBe(NUMBER);
    certificateId = issued.id;
    owner = issued.owner;
    plainNumber = (await issue("cert_plain", {})).number;
    stranger = await signedIn(ctx, "stranger", "entity", { orgId: ORG_B });
    official = await signedIn(ctx, "leader", "leadership");
  });
  afterAll(() => ctx?.close());

  const pdfUrl = (id: string) => `/api/workflow/certificates/${id}/pdf`;
  const verifyUrl = (number: string) => `/api/public/certificates/${encodeURIComponent(number)}`;

  it("gives the PDF to the applicant, with its Chinese file name, and audits the download", async () => {
    const res = await owner.get(pdfUrl(certificateId));
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/pdf");
    expect(res.headers["content-disposition"]).toBe(
      `attachment; filename="certificate-2026_0001.pdf"; filename*=UTF-8''${encodeURIComponent(`证书-${NUMBER}.pdf`)}`,
    );
    const pdf = res.rawPayload;
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.length).toBeLessThan(200 * 1024);
    const { text } = await pdfText(pdf);
    expect(text).toContain(NUMBER);
    expect(text).toContain("湖南麓谷智能装备股份有限公司长沙研发中心");
    expect(text).toContain("2026年11月28日");
    expect(text).toContain(`${PUBLIC_URL}/public/verify`);
    expect(decodeDrawnQr(pdf)).toBe(`${PUBLIC_URL}/public/verify/${encodeURIComponent(NUMBER)}`);

    const audits = await ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "certificate.download"), eq(auditLog.targetId, certificateId)));
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorName: "applicant-cert_test", targetType: "workflow_certificate" });
    expect(audits[0]!.after).toMatchObject({ number: NUMBER });
  });

  it("gives it to readers of the instance and to no one else", async () => {
    expect((await official.get(pdfUrl(certificateId))).statusCode).toBe(200);
    const refused = await stranger.get(pdfUrl(certificateId));
    expect(refused.statusCode).toBe(404);
    expect(refused.json().code).toBe("not_found");
    expect((await stranger.get(pdfUrl("00000000-0000-4000-8000-000000000000"))).statusCode).toBe(404);
    expect((await owner.get(pdfUrl("not-a-uuid"))).statusCode).toBe(400);
    const anonymous = await ctx.app.inject({ method: "GET", url: pdfUrl(certificateId) });
    expect(anonymous.statusCode).toBe(401);
    const audits = await ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "certificate.download"), eq(auditLog.targetId, certificateId)));
    expect(audits.map((a) => a.actorName).sort()).toEqual(["applicant-cert_test", "leader"]);
  });

  it("verifies a number publicly with the certificate's public content only", async () => {
    const res = await ctx.app.inject({ method: "GET", url: verifyUrl(NUMBER) });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      number: NUMBER,
      valid: true,
      revokedAt: null,
      revokedOn: null,
      issuedOn: "2026-11-28",
      title: { zh: "长沙市研发中心认定证书", en: "Certificate of recognition as a Changsha R&D centre" },
      holder: "湖南麓谷智能装备股份有限公司",
      subject: "湖南麓谷智能装备股份有限公司长沙研发中心",
      lines: [{ label: { zh: "所在区县", en: "District" }, value: "岳麓区" }],
      issuer: { zh: "长沙市科学技术局", en: "Changsha Science and Technology Bureau" },
    });
    // Spaces around a pasted number do not matter.
    const padded = await ctx.app.inject({ method: "GET", url: verifyUrl(` ${NUMBER} `) });
    expect(padded.json().number).toBe(NUMBER);
  });

  it("verifies a certificate of a process without describeCertificate by its title alone", async () => {
    expect(plainNumber).toBe("测试证〔2026〕0001号");
    const res = await ctx.app.inject({ method: "GET", url: verifyUrl(plainNumber) });
    expect(res.json()).toMatchObject({
      valid: true,
      title: { zh: "证书测试认定证书", en: "Certificate: Certificate test recognition" },
      holder: "",
      subject: "",
      lines: [],
    });
  });

  it("answers an unknown number with 404 in the caller's language, a malformed one with 400", async () => {
    const unknown = "长研认〔2026〕9999号";
    const zh = await ctx.app.inject({
      method: "GET",
      url: verifyUrl(unknown),
      headers: { "accept-language": "zh-CN,zh;q=0.9" },
    });
    expect(zh.statusCode).toBe(404);
    expect(zh.headers["content-type"]).toContain("application/problem+json");
    expect(zh.json()).toMatchObject({
      code: "certificate_unknown",
      detail: errorMessage("certificate_unknown", "zh-CN", { number: unknown }),
    });
    expect(zh.json().detail).toContain("未查到编号为");
    const en = await ctx.app.inject({
      method: "GET",
      url: verifyUrl(unknown),
      headers: { "accept-language": "en-US,en;q=0.8" },
    });
    expect(en.statusCode).toBe(404);
    expect(en.json().detail).toBe(`No certificate has the number “${unknown}”; check the number`);

    for (const bad of ["长".repeat(65), "长研认\u0001", "长研认\u200b〔2026〕0001号", "a\nb"]) {
      const res = await ctx.app.inject({ method: "GET", url: verifyUrl(bad) });
      expect(res.statusCode, JSON.stringify(bad)).toBe(400);
      expect(res.json().code).toBe("validation_failed");
    }
    const labelled = await ctx.app.inject({
      method: "GET",
      url: verifyUrl("长研认\u0001"),
      headers: { "accept-language": "zh-CN" },
    });
    expect(labelled.json().errors).toEqual([
      { path: "certificateNumber", code: "invalid_format", message: "证书编号格式不正确" },
    ]);
    expect((await ctx.app.inject({ method: "GET", url: verifyUrl("   ") })).statusCode).toBe(404);
  });

  it("shows a revoked certificate as revoked with its date, publicly and on the PDF", async () => {
    await ctx.database.db
      .update(workflowCertificates)
      .set({ revokedAt: new Date("2027-02-28T17:30:00Z") })
      .where(eq(workflowCertificates.id, certificateId));
    const res = await ctx.app.inject({ method: "GET", url: verifyUrl(NUMBER) });
    expect(res.json()).toMatchObject({
      valid: false,
      revokedAt: "2027-02-28T17:30:00.000Z",
      revokedOn: "2027-03-01",
    });
    const pdf = await owner.get(pdfUrl(certificateId));
    expect((await pdfText(pdf.rawPayload)).text).toContain("已撤销");
  });

  it("describes both routes in the OpenAPI document, the public one without security", async () => {
    const doc = (await ctx.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    expect(doc.paths["/api/workflow/certificates/{id}/pdf"].get).toBeDefined();
    const verify = doc.paths["/api/public/certificates/{certificateNumber}"].get;
    expect(verify.security).toEqual([]);
    expect(Object.keys(verify.responses["200"].content["application/json"].schema.properties)).toContain(
      "valid",
    );
  });
});
