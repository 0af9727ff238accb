/** Shared steps of the browser tests: the browser, sign-in, upload, screenshots and axe-core. */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { expect, inject } from "vitest";
import { CHROMIUM, CHROMIUM_ARGS, chromiumMissing } from "./chromium";
import type { Account } from "./server";

export const ROOT = path.resolve(__dirname, "../..");
export const SCREENSHOTS = path.join(ROOT, "tests/output/screenshots");
export const FIXTURES = path.join(ROOT, "tests/fixtures");
const AXE = require.resolve("axe-core/axe.min.js");

/** True when the suite cannot run here (describe.skipIf(noBrowser)). */
export const noBrowser = chromiumMissing();

export function baseUrl(): string {
  return inject("baseUrl");
}

export function account(kind: "admin" | "coach"): Account {
  return inject(kind);
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

export function newContext(browser: Browser, options: { width?: number; height?: number } = {}): Promise<BrowserContext> {
  return browser.newContext({ baseURL: baseUrl(), viewport: { width: options.width ?? 1280, height: options.height ?? 900 } });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  // Eager images (a PDF's first page picture) drawn, so the screenshot shows what a person sees.
  await page.waitForFunction(() => [...document.images].every((img) => img.loading === "lazy" || img.complete), undefined, { timeout: 10_000 });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core on the page; fails on any violation of impact "serious" or "critical". */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe.run();
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const described = serious.map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 5).map((n) => n.target.join(" ")).join(", ")}`);
  expect(described, `axe-core on ${page.url()}`).toEqual([]);
}

/** Signs in through the /login form and waits for the page it leads to. */
export async function signIn(page: Page, who: Account, next = "/reports"): Promise<void> {
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel("Password").fill(who.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname === next);
}

/** Uploads a file through the upload page's file input and waits for the report page. */
export async function uploadAndOpenReport(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }, role?: string): Promise<string> {
  await page.goto("/");
  await chooseFile(page, file);
  if (role) await page.getByLabel("Target role").selectOption(role);
  await page.getByRole("button", { name: "Check my resume" }).click();
  await page.waitForURL(/\/reports\/[^/]+$/, { timeout: 45_000 });
  await expect.poll(() => page.getByRole("heading", { name: "Overall score" }).count()).toBeGreaterThan(0);
  return new URL(page.url()).pathname.split("/").pop()!;
}

export async function chooseFile(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  const input = page.getByLabel(/^Resume file/);
  await input.setInputFiles(typeof file === "string" ? path.join(FIXTURES, file) : file);
  const name = typeof file === "string" ? path.basename(file) : file.name;
  await expect.poll(() => page.getByTestId("file-state").textContent()).toContain(name);
}

/** No horizontal scrolling: the page is no wider than the viewport. */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
