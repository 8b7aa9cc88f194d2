import fs from "node:fs";
import path from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import { type Browser, chromium, type Page } from "playwright-core";
import { expect, inject } from "vitest";

export const baseUrl = () => inject("baseUrl");
export const DEMO_PASSWORD = "Rdcity-Demo-2026";
const SHOTS = path.resolve(import.meta.dirname, "../.tmp/shots");

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.RDCITY_CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

export async function newPage(browser: Browser, lang: "zh-CN" | "en-US" = "zh-CN"): Promise<Page> {
  const context = await browser.newContext({
    locale: lang,
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
  });
  await context.addInitScript((l) => window.localStorage.setItem("rdcity.lang", l), lang);
  const page = await context.newPage();
  page.on("pageerror", (err) => {
    throw err;
  });
  return page;
}

export async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${baseUrl()}/login`);
  await page.getByLabel(/^(用户名|User name)$/).fill(username);
  await page.getByLabel(/^(密码|Password)$/).fill(password);
  await page.getByRole("button", { name: /^(登\s*录|Sign in)$/ }).click();
  await page.waitForURL(/\/console/);
  // An account keeps the language it last chose (an earlier journey may have switched it): the page's locale wins.
  const wanted = (await page.evaluate(() => navigator.language)).startsWith("en") ? "en-US" : "zh-CN";
  await page.waitForLoadState("networkidle");
  if ((await page.evaluate(() => document.documentElement.lang)) !== wanted) {
    const res = await api(page, "PATCH", "/api/auth/profile", { language: wanted });
    expect(res.status).toBe(200);
    await page.evaluate((l) => window.localStorage.setItem("rdcity.lang", l), wanted);
    await page.reload();
    await page.waitForFunction((l) => document.documentElement.lang === l, wanted);
  }
}

/** No serious or critical accessibility violations (WCAG 2.1 A/AA rules). */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const summary = bad.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(" "))
        .join(" | ")}`,
  );
  expect(summary, `axe on ${name}`).toEqual([]);
}

export async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

export async function api<T = unknown>(
  page: Page,
  method: string,
  url: string,
  body?: unknown,
): Promise<{ status: number; json: T }> {
  const session = await page.request.get(`${baseUrl()}/api/auth/session`);
  const csrf = (await session.json()).csrfToken as string;
  const res = await page.request.fetch(`${baseUrl()}${url}`, {
    method,
    data: body,
    headers: { "x-csrf-token": csrf },
  });
  return { status: res.status(), json: (await res.json().catch(() => null)) as T };
}
