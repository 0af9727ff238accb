/**
 * Shared steps of the browser tests: the browser, sign-in, upload, screenshots, axe-core, what
 * went wrong in the page (console errors, failed requests) and layout shift.
 */
import { mkdirSync, readFileSync } from "node:fs";
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

export function account(kind: "admin" | "coach" | "otherCoach"): Account {
  return inject(kind);
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/** A browser with one page in a fresh profile: what a test file's tests share, in order. */
export async function launchWithPage(): Promise<{ browser: Browser; page: Page }> {
  const browser = await launch();
  const page = await (await newContext(browser)).newPage();
  return { browser, page };
}

/** A browser profile of its own (cookies, storage); every page in it is watched by `pageProblems`. */
export async function newContext(browser: Browser, options: { width?: number; height?: number } = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: baseUrl(), viewport: { width: options.width ?? 1280, height: options.height ?? 900 } });
  pageProblems.watch(context);
  return context;
}

/**
 * What went wrong in the pages while a test ran: console errors, uncaught exceptions, requests that
 * failed and answers of 400 or more (a missing icon, a broken image, a failed API call). tests/browser/setup.ts
 * fails the test on any the test did not `expect` (a refused upload, a page meant to be "Not found").
 */
class PageProblems {
  private seen = new Set<string>();
  private expected: RegExp[] = [];

  watch(context: BrowserContext): void {
    context.on("page", (page) => {
      page.on("console", (message) => {
        if (message.type() !== "error") return;
        // Chromium reports some failed loads (the favicon) only here, never as a response event.
        const status = /^Failed to load resource: the server responded with a status of (\d+)/.exec(message.text());
        if (status) this.seen.add(`HTTP ${status[1]} ${pathOf(message.location().url)}`);
        else this.seen.add(`console error on ${pathOf(page.url())}: ${message.text()}`);
      });
      page.on("pageerror", (error) => this.seen.add(`uncaught exception on ${pathOf(page.url())}: ${error.message}`));
      page.on("requestfailed", (request) => {
        const reason = request.failure()?.errorText ?? "";
        // Aborted: the page went elsewhere first (a prefetch, an image of a page left behind).
        if (reason !== "net::ERR_ABORTED") this.seen.add(`request failed: ${request.method()} ${pathOf(request.url())} ${reason}`);
      });
      page.on("response", (response) => {
        if (response.status() >= 400) this.seen.add(`HTTP ${response.status()} ${pathOf(response.url())}`);
      });
    });
  }

  /** A problem this test causes on purpose, e.g. /^HTTP 404 \/admin\//. */
  expect(pattern: RegExp): void {
    this.expected.push(pattern);
  }

  /** The problems not expected since the last call; starts afresh for the next test. */
  takeUnexpected(): string[] {
    const unexpected = [...this.seen].filter((line) => !this.expected.some((pattern) => pattern.test(line)));
    this.seen.clear();
    this.expected = [];
    return unexpected;
  }
}

export const pageProblems = new PageProblems();

function pathOf(url: string): string {
  const parsed = new URL(url);
  return parsed.origin === new URL(baseUrl()).origin ? `${parsed.pathname}${parsed.search}` : url;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  // Eager images (a PDF's first page picture) loaded and decoded, so the screenshot shows what a
  // person sees: Chromium leaves an image outside the viewport undecoded, blank in a full-page shot.
  await page.waitForFunction(() => [...document.images].every((img) => img.loading === "lazy" || img.complete), undefined, { timeout: 10_000 });
  await page.evaluate(() => Promise.all([...document.images].filter((img) => img.complete && img.naturalWidth > 0).map((img) => img.decode().catch(() => undefined))));
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

/** Puts a file in the browser as a DataTransfer, as a drag from the desktop carries it. */
export async function fileDataTransfer(page: Page, files: { file: string; mimeType: string }[]) {
  const payload = files.map(({ file, mimeType }) => ({ name: path.basename(file), mimeType, base64: readFileSync(path.join(FIXTURES, file)).toString("base64") }));
  return page.evaluateHandle((items) => {
    const transfer = new DataTransfer();
    for (const item of items) {
      const bytes = Uint8Array.from(atob(item.base64), (c) => c.charCodeAt(0));
      transfer.items.add(new File([bytes], item.name, { type: item.mimeType }));
    }
    return transfer;
  }, payload);
}

/**
 * Starts recording layout shifts (the Cumulative Layout Shift of web vitals, without the shifts
 * that follow input) in every document the page loads from now on; read them with `layoutShift`.
 */
export async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const record = { total: 0, shifts: [] as string[] };
    (window as unknown as { __layoutShift: typeof record }).__layoutShift = record;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] })[]) {
        if (entry.hadRecentInput) continue;
        record.total += entry.value;
        const moved = (entry.sources ?? []).map((source) => (source.node instanceof Element ? `${source.node.tagName.toLowerCase()}.${source.node.className}` : (source.node?.nodeName ?? "?")));
        record.shifts.push(`${entry.value.toFixed(4)} ${moved.join(", ")}`);
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
}

export async function layoutShift(page: Page): Promise<{ total: number; shifts: string[] }> {
  return page.evaluate(() => (window as unknown as { __layoutShift: { total: number; shifts: string[] } }).__layoutShift);
}

/**
 * What shows where keyboard focus is: the focused element, or the box around a visually hidden
 * input (the drop zone), with an outline of 2 px or more. Null when focus is invisible.
 */
export async function visibleFocus(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const focused = document.activeElement;
    if (!focused || focused === document.body) return null;
    for (let node: Element | null = focused, depth = 0; node && depth < 3; node = node.parentElement, depth++) {
      const style = getComputedStyle(node);
      const ring = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
      if (ring && node.checkVisibility({ opacityProperty: true, visibilityProperty: true })) {
        const label = focused.getAttribute("aria-label") ?? (focused as HTMLElement).innerText?.trim().slice(0, 40) ?? "";
        return `${focused.tagName.toLowerCase()}${label ? ` "${label}"` : ""} (outline ${style.outlineWidth} on ${node.tagName.toLowerCase()})`;
      }
    }
    return null;
  });
}

/** No horizontal scrolling: the page is no wider than the viewport. */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
