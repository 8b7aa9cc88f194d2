import type { AddressInfo } from "node:net";
import type { Role } from "@rdcity/common";
import { eq } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { engines, openTestDatabase, TEST_PASSWORD } from "../../test/harness.js";
import { systemActor } from "../actor.js";
import { users as usersTable } from "../auth/schema.js";
import { createUser, type UserRow } from "../auth/users.js";
import type { Database, Db } from "../db/client.js";
import { deliverOutbox, notify, smtpTransport } from "./index.js";
import { composeEmail, configureMail, MAX_ATTEMPTS, retryDelayMs } from "./mail.js";
import { emailOutbox } from "./schema.js";

/** One message as the SMTP server received it. */
interface Received {
  from: string;
  to: string[];
  user: string | undefined;
  raw: string;
}

/** A real SMTP server on 127.0.0.1 with an ephemeral port; recipients at bounce.example are refused with 550. */
async function startSmtp(): Promise<{
  url: string;
  port: number;
  received: Received[];
  close(): Promise<void>;
}> {
  const received: Received[] = [];
  const server = new SMTPServer({
    logger: false,
    disabledCommands: ["STARTTLS"],
    allowInsecureAuth: true,
    authOptional: false,
    onAuth(auth, _session, callback) {
      if (auth.username === "mailer" && auth.password === "s3cret") callback(null, { user: auth.username });
      else callback(new Error("Invalid credentials"));
    },
    onRcptTo(address, _session, callback) {
      if (address.address.endsWith("@bounce.example")) {
        callback(Object.assign(new Error("No such mailbox"), { responseCode: 550 }));
      } else callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          user: session.user as string | undefined,
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://mailer:s3cret@127.0.0.1:${port}`,
    port,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Header values (RFC 2047 words decoded) and the text body (base64 or quoted-printable decoded) of a message. */
function parseMail(raw: string): { headers: Record<string, string>; text: string } {
  const split = raw.indexOf("\r\n\r\n");
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, " ");
  const decodeWords = (v: string) =>
    v
      .replace(/\?=\s+=\?/g, "?==?")
      .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_m, enc: string, data: string) =>
        enc.toLowerCase() === "b"
          ? Buffer.from(data, "base64").toString("utf8")
          : Buffer.from(
              data
                .replace(/_/g, " ")
                .replace(/=([0-9a-f]{2})/gi, (_x, h: string) => String.fromCharCode(Number.parseInt(h, 16))),
              "latin1",
            ).toString("utf8"),
      );
  const headers: Record<string, string> = {};
  for (const line of head.split("\r\n")) {
    const colon = line.indexOf(":");
    headers[line.slice(0, colon).toLowerCase()] = decodeWords(line.slice(colon + 1).trim());
  }
  const body = raw.slice(split + 4);
  const encoding = (headers["content-transfer-encoding"] ?? "7bit").toLowerCase();
  let text: string;
  if (encoding === "base64") text = Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  else if (encoding === "quoted-printable") {
    const bytes = body
      .replace(/=\r\n/g, "")
      .replace(/=([0-9A-F]{2})/g, (_m, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
    text = Buffer.from(bytes, "latin1").toString("utf8");
  } else text = body;
  return { headers, text: text.replace(/\r\n/g, "\n") };
}

describe("composing a notification e-mail", () => {
  it("uses the recipient's language, links absolutely and signs off", () => {
    const n = {
      title: { zh: "待办：研发中心认定", en: "To do: R&D centre recognition" },
      body: { zh: "请办理。", en: "Please act." },
      link: "/console/workflow/abc",
    };
    expect(composeEmail(n, "en-US", "https://kj.example.gov.cn/rdcity/")).toEqual({
      subject: "To do: R&D centre recognition",
      body: expect.stringMatching(
        /^Please act\.\n\nOpen: https:\/\/kj\.example\.gov\.cn\/rdcity\/console\/workflow\/abc\n\n--\n/,
      ),
    });
    const zh = composeEmail(n, null);
    expect(zh.subject).toBe("待办：研发中心认定");
    expect(zh.body).toContain("查看: /console/workflow/abc");
  });

  it("backs off 1, 4, 16, 64 and 256 minutes", () => {
    expect([1, 2, 3, 4, 5].map((n) => retryDelayMs(n) / 60_000)).toEqual([1, 4, 16, 64, 256]);
  });
});

describe.each(engines())("e-mail delivery through SMTP on %s", (engine) => {
  let database: Database;
  let db: Db;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  const users: Record<string, UserRow> = {};
  const add = async (name: string, role: Role, extra: { email?: string; language?: string } = {}) => {
    users[name] = await db.transaction((tx) =>
      createUser(
        tx,
        systemActor("test"),
        {
          username: name,
          displayName: name,
          role,
          password: TEST_PASSWORD,
          mustChangePassword: false,
          email: extra.email,
        },
        "zh-CN",
        { bypassSeparation: true },
      ),
    );
    if (extra.language)
      await db.update(usersTable).set({ language: extra.language }).where(eq(usersTable.id, users[name]!.id));
  };
  const message = {
    kind: "test.mail",
    title: { zh: "年报提醒：长沙智能制造研究院", en: "Annual report due: Changsha institute" },
    body: {
      zh: "请于 2025 年 3 月 31 日前提交 2024 年度报告。研发投入、专利……",
      en: "Please file the 2024 annual report by 31 March 2025.",
    },
    link: "/console/platforms/reports",
  };

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    db = database.db;
    smtp = await startSmtp();
    configureMail({ publicUrl: "https://kj.example.gov.cn" });
    await add("zhang", "city_admin", { email: "zhang.wei@example.com" });
    await add("smith", "city_admin", { email: "j.smith@example.com", language: "en-US" });
    await add("noaddress", "city_admin");
    await add("bounce", "leadership", { email: "nobody@bounce.example" });
    await add("unreachable", "department", { email: "far@away.example" });
  });
  afterAll(async () => {
    configureMail(null);
    await smtp?.close();
    await database?.close();
  });
  beforeEach(() => {
    smtp.received.length = 0;
  });

  it("queues in the notifying transaction and sends after it, in the recipient's language with Chinese intact", async () => {
    const told = await db.transaction((tx) =>
      notify(tx, {
        ...message,
        audience: { userIds: [users.zhang!.id, users.smith!.id, users.noaddress!.id] },
        dedupeKey: "m1",
      }),
    );
    expect(told).toBe(3);
    // Nothing is sent inside the transaction: the mails wait in the outbox.
    const queued = await db.select().from(emailOutbox).where(eq(emailOutbox.status, "queued"));
    expect(queued.map((q) => q.recipientAddress).sort()).toEqual([
      "j.smith@example.com",
      "zhang.wei@example.com",
    ]);
    expect(smtp.received).toEqual([]);
    // The same reminder again is not written, so not mailed again either.
    await db.transaction((tx) =>
      notify(tx, { ...message, audience: { userIds: [users.zhang!.id] }, dedupeKey: "m1" }),
    );
    expect(await db.select().from(emailOutbox)).toHaveLength(2);

    const transport = smtpTransport({ url: smtp.url, from: "长沙市科技局 <noreply@kjj.example.gov.cn>" });
    try {
      expect(await deliverOutbox(db, transport)).toEqual({ sent: 2, retrying: 0, failed: 0 });
    } finally {
      transport.close();
    }
    expect(smtp.received).toHaveLength(2);
    const zh = smtp.received.find((r) => r.to.includes("zhang.wei@example.com"))!;
    expect(zh).toMatchObject({
      from: "noreply@kjj.example.gov.cn",
      to: ["zhang.wei@example.com"],
      user: "mailer",
    });
    const zhMail = parseMail(zh.raw);
    expect(zhMail.headers.subject).toBe("年报提醒：长沙智能制造研究院");
    expect(zhMail.headers.from).toContain("长沙市科技局");
    expect(zhMail.headers["content-type"]).toMatch(/text\/plain; charset=utf-8/i);
    expect(zhMail.text).toContain("请于 2025 年 3 月 31 日前提交 2024 年度报告。研发投入、专利……");
    expect(zhMail.text).toContain("查看: https://kj.example.gov.cn/console/platforms/reports");
    const enMail = parseMail(smtp.received.find((r) => r.to.includes("j.smith@example.com"))!.raw);
    expect(enMail.headers.subject).toBe("Annual report due: Changsha institute");
    expect(enMail.text).toContain("Please file the 2024 annual report by 31 March 2025.");

    const sent = await db.select().from(emailOutbox);
    expect(sent.every((s) => s.status === "sent" && s.sentAt && s.attempts === 1 && !s.lastError)).toBe(true);
    // Delivered mails are not sent again.
    const again = smtpTransport({ url: smtp.url, from: "noreply@kjj.example.gov.cn" });
    expect(await deliverOutbox(db, again)).toEqual({ sent: 0, retrying: 0, failed: 0 });
    again.close();
  });

  it("gives up at once on a permanent refusal, and retries a server that cannot be reached with backoff", async () => {
    await db.transaction((tx) =>
      notify(tx, { ...message, audience: { userIds: [users.bounce!.id] }, dedupeKey: "m2" }),
    );
    const transport = smtpTransport({ url: smtp.url, from: "noreply@kjj.example.gov.cn" });
    expect(await deliverOutbox(db, transport)).toEqual({ sent: 0, retrying: 0, failed: 1 });
    transport.close();
    const [bounced] = await db
      .select()
      .from(emailOutbox)
      .where(eq(emailOutbox.recipientAddress, "nobody@bounce.example"));
    expect(bounced).toMatchObject({ status: "failed", attempts: 1, sentAt: null });
    expect(bounced!.lastError).toMatch(/550/);

    await db.transaction((tx) =>
      notify(tx, { ...message, audience: { userIds: [users.unreachable!.id] }, dedupeKey: "m3" }),
    );
    // A port nobody listens on: the connection is refused, which may pass.
    const closed = await startSmtp();
    await closed.close();
    const down = smtpTransport({ url: closed.url, from: "noreply@kjj.example.gov.cn" });
    let now = new Date();
    const row = async () =>
      (await db.select().from(emailOutbox).where(eq(emailOutbox.recipientAddress, "far@away.example")))[0]!;
    expect(await deliverOutbox(db, down, { now })).toEqual({ sent: 0, retrying: 1, failed: 0 });
    expect(await row()).toMatchObject({ status: "queued", attempts: 1 });
    expect((await row()).lastError).toMatch(/ECONNREFUSED|connect/i);
    expect((await row()).nextAttemptAt.getTime()).toBe(now.getTime() + 60_000);
    // Not due before its time.
    expect(await deliverOutbox(db, down, { now: new Date(now.getTime() + 30_000) })).toEqual({
      sent: 0,
      retrying: 0,
      failed: 0,
    });
    for (let attempt = 2; attempt < MAX_ATTEMPTS; attempt++) {
      now = (await row()).nextAttemptAt;
      expect(await deliverOutbox(db, down, { now })).toEqual({ sent: 0, retrying: 1, failed: 0 });
      expect(await row()).toMatchObject({ attempts: attempt });
    }
    now = (await row()).nextAttemptAt;
    expect(await deliverOutbox(db, down, { now })).toEqual({ sent: 0, retrying: 0, failed: 1 });
    expect(await row()).toMatchObject({ status: "failed", attempts: MAX_ATTEMPTS });
    down.close();
    expect(smtp.received).toEqual([]);
  });
});
