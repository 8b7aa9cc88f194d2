import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testUscc } from "../test/factories.js";

const root = path.resolve(import.meta.dirname, "../../..");
const cli = path.join(root, "server/dist/cli/main.js");

/** The `rdcity` command line against a fresh embedded database, as an operator would use it. */
describe("rdcity CLI", () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "rdcity-cli-"));
  const env = {
    ...process.env,
    RDCITY_DATA_DIR: dataDir,
    RDCITY_ADMIN_PASSWORD: "Cli-Strong-Pass-2026",
    RDCITY_LOG_LEVEL: "silent",
  };
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [cli, ...args], { env, encoding: "utf8", cwd: dataDir });

  beforeAll(() => {
    execFileSync("npx", ["tsc", "-b", "server"], { cwd: root, stdio: "inherit" });
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it("migrates, seeds, adds users, issues tokens, imports, exports, verifies the audit chain, backs up and restores", {
    timeout: 300_000,
  }, () => {
    expect(run("migrate").stdout).toContain("migrations applied");
    expect(run("seed").stdout).toContain("admin");
    const add = run(
      "user",
      "add",
      "--username",
      "kaifu",
      "--role",
      "district",
      "--area",
      "430105",
      "--password",
      "Strong-Pass-2026x",
    );
    expect(add.status, add.stderr).toBe(0);
    const weak = run("user", "add", "--username", "weak", "--role", "expert", "--password", "short");
    expect(weak.status).toBe(1);
    expect(weak.stderr).toContain("密码不符合要求");
    const withEmail = run(
      "user",
      "add",
      "--username",
      "mailed",
      "--role",
      "city_admin",
      "--password",
      "Strong-Pass-2026x",
      "--email",
      "mailed@example.com",
    );
    expect(withEmail.status, withEmail.stderr).toBe(0);
    const badEmail = run(
      "user",
      "add",
      "--username",
      "badmail",
      "--role",
      "expert",
      "--password",
      "Strong-Pass-2026x",
      "--email",
      "not an address",
    );
    expect(badEmail.status).toBe(1);
    expect(badEmail.stderr).toContain("is not a valid e-mail address");
    const remind = run("notify", "remind");
    expect(remind.status, remind.stderr).toBe(0);
    expect(JSON.parse(remind.stdout.trim().split("\n")[0]!)).toMatchObject({
      sources: expect.arrayContaining([expect.objectContaining({ name: "workflow.due", told: 0 })]),
    });
    const token = run("token", "create", "--username", "kaifu", "--days", "7");
    expect(token.stdout.trim()).toMatch(/^rdc_[\w-]{30,}$/);

    const file = path.join(dataDir, "entities.csv");
    fs.writeFileSync(
      file,
      `统一社会信用代码,名称,主体类型,所在区县\n${testUscc("430105", 777)},长沙命令行导入科技有限公司,企业,开福区\n`,
    );
    const dry = run("import", file, "--dry-run");
    expect(JSON.parse(dry.stdout)).toMatchObject({ status: "validated", created: 1 });
    const imported = run("import", file);
    expect(JSON.parse(imported.stdout)).toMatchObject({ status: "committed", created: 1 });
    const out = path.join(dataDir, "export.csv");
    expect(run("export", "--format", "csv", "--out", out).status).toBe(0);
    expect(fs.readFileSync(out, "utf8")).toContain("长沙命令行导入科技有限公司");

    const verify = run("audit", "verify");
    expect(verify.status).toBe(0);
    expect(JSON.parse(verify.stdout)).toMatchObject({ ok: true });

    const backupFile = path.join(dataDir, "backup.tar.gz");
    expect(run("backup", "--out", backupFile).status).toBe(0);
    const refused = run("restore", backupFile);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("--force");
    const restored = run("restore", backupFile, "--force");
    expect(restored.status, restored.stderr).toBe(0);
    expect(JSON.parse(run("audit", "verify").stdout)).toMatchObject({ ok: true });
    const reimport = run("import", file);
    expect(JSON.parse(reimport.stdout)).toMatchObject({ created: 0, unchanged: 1 });
  });
});
