import path from "node:path";
import { z } from "zod";

/**
 * The one place that reads the environment (STYLE §8). Every setting is typed, documented and defaulted.
 */
const boolFromEnv = z
  .enum(["1", "0", "true", "false", "yes", "no", "on", "off", "required", "optional"])
  .transform((v) => ["1", "true", "yes", "on", "required"].includes(v));

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default("0.0.0.0"),
  /** Where the embedded database, uploads and backups live. */
  RDCITY_DATA_DIR: z.string().default("./data"),
  /** postgres://… — use a PostgreSQL server instead of the embedded PGlite database. */
  DATABASE_URL: z.string().url().optional(),
  /** Password of user `admin`, created on first start. Unset: a strong one is generated, printed once and must be changed. */
  RDCITY_ADMIN_PASSWORD: z.string().min(1).optional(),
  /** Seed demo data on first start (default: on for the embedded database, off for PostgreSQL). */
  RDCITY_DEMO: boolFromEnv.optional(),
  /** TOTP for administrators: required (default) or optional (the demo on the embedded database makes it optional). */
  RDCITY_ADMIN_TOTP: boolFromEnv.optional(),
  /** Minutes of inactivity after which a session ends. */
  RDCITY_IDLE_TIMEOUT_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  /** Secret for keyed hashes (audit chain seeds, token hashing). Generated and kept in the data directory when unset. */
  RDCITY_SECRET: z.string().min(16).optional(),
  /** Largest accepted upload, in megabytes. */
  RDCITY_MAX_UPLOAD_MB: z.coerce.number().int().min(1).max(1024).default(50),
  /** Set behind a reverse proxy so that client addresses and secure cookies are right. */
  RDCITY_TRUST_PROXY: boolFromEnv.optional(),
  RDCITY_LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("warn"),
  /** Mark cookies Secure (set when served over HTTPS). */
  RDCITY_SECURE_COOKIES: boolFromEnv.optional(),
  /** The address the public reaches this server at, e.g. https://kjj.changsha.gov.cn/rdcity (certificates' QR codes). */
  RDCITY_PUBLIC_URL: z
    .string()
    .url()
    .refine((v) => /^https?:\/\//i.test(v), "must start with http:// or https://")
    .refine((v) => !/[?#]/.test(v), "must not contain a query or fragment")
    .optional(),
  /**
   * Tests only: lets the system administrator move the workflow's clock (POST /api/test/clock), so that a
   * browser journey can let a public notice run its working days. Never set it on a real deployment.
   */
  RDCITY_TEST_CLOCK: boolFromEnv.optional(),
  /** smtp://user:pass@host:587 or smtps://…:465 — send notifications by e-mail too (unset: in-app only). */
  RDCITY_SMTP_URL: z
    .string()
    .url()
    .refine((v) => /^smtps?:\/\//i.test(v), "must start with smtp:// or smtps://")
    .optional(),
  /** Sender of notification e-mails, e.g. "长沙市科技局 <noreply@kjj.changsha.gov.cn>" (required with RDCITY_SMTP_URL). */
  RDCITY_MAIL_FROM: z.string().min(3).max(200).optional(),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  dbKind: "pglite" | "postgres";
  adminPassword: string | undefined;
  demo: boolean;
  adminTotpRequired: boolean;
  idleTimeoutMinutes: number;
  secret: string | undefined;
  maxUploadBytes: number;
  trustProxy: boolean;
  logLevel: z.infer<typeof EnvSchema>["RDCITY_LOG_LEVEL"];
  secureCookies: boolean;
  /** Public base address without a trailing slash: RDCITY_PUBLIC_URL, else http://<host>:<port>. */
  publicUrl: string;
  /** The workflow clock can be moved through /api/test/clock (tests only). */
  testClock: boolean;
  /** SMTP for notification e-mails; undefined: notifications stay in the app. */
  smtp: { url: string; from: string } | undefined;
}

export class ConfigError extends Error {}

/** Without RDCITY_PUBLIC_URL: this machine's address as the server binds it (a wildcard host means loopback). */
function defaultPublicUrl(host: string, port: number): string {
  const name = ["0.0.0.0", "::", "[::]", ""].includes(host) ? "127.0.0.1" : host;
  return `http://${name.includes(":") && !name.startsWith("[") ? `[${name}]` : name}:${port}`;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid configuration / 配置有误:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  if (e.RDCITY_SMTP_URL && !e.RDCITY_MAIL_FROM) {
    throw new ConfigError(
      "Invalid configuration / 配置有误:\n  RDCITY_MAIL_FROM: required with RDCITY_SMTP_URL (发件人地址)",
    );
  }
  const dbKind = e.DATABASE_URL ? "postgres" : "pglite";
  const demo = e.RDCITY_DEMO ?? dbKind === "pglite";
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.RDCITY_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    dbKind,
    adminPassword: e.RDCITY_ADMIN_PASSWORD,
    demo,
    // The demo on the embedded database makes TOTP optional (and says so in a banner); elsewhere it is required.
    adminTotpRequired: e.RDCITY_ADMIN_TOTP ?? !(demo && dbKind === "pglite"),
    idleTimeoutMinutes: e.RDCITY_IDLE_TIMEOUT_MINUTES,
    secret: e.RDCITY_SECRET,
    maxUploadBytes: e.RDCITY_MAX_UPLOAD_MB * 1024 * 1024,
    trustProxy: e.RDCITY_TRUST_PROXY ?? false,
    logLevel: e.RDCITY_LOG_LEVEL,
    secureCookies: e.RDCITY_SECURE_COOKIES ?? false,
    publicUrl: (e.RDCITY_PUBLIC_URL ?? defaultPublicUrl(e.HOST, e.PORT)).replace(/\/+$/, ""),
    testClock: e.RDCITY_TEST_CLOCK ?? false,
    smtp:
      e.RDCITY_SMTP_URL && e.RDCITY_MAIL_FROM
        ? { url: e.RDCITY_SMTP_URL, from: e.RDCITY_MAIL_FROM }
        : undefined,
  };
}
