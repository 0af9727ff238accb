/** A coach: signs in, lists reports, compares two versions, shares one read-only, no admin pages. */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { account, expectNoSeriousA11yViolations, launch, newContext, noBrowser, screenshot, signIn, uploadAndOpenReport } from "./helpers";

describe.skipIf(noBrowser)("coach (browser)", () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const ids: string[] = [];

  beforeAll(async () => {
    browser = await launch();
    context = await newContext(browser);
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("signs in on an accessible login page", async () => {
    await page.goto("/login?next=%2Freports");
    await screenshot(page, "login");
    await expectNoSeriousA11yViolations(page);
    await signIn(page, account("coach"), "/reports");
  });

  it("keeps the coach's uploads and lists them on /reports", async () => {
    ids.push(await uploadAndOpenReport(page, "docx/simple.docx"));
    ids.push(await uploadAndOpenReport(page, "pdf/single-column.pdf"));
    await page.goto("/reports");
    for (const name of ["simple.docx", "single-column.pdf"]) {
      expect(await page.getByRole("link", { name, exact: true }).count(), name).toBeGreaterThan(0);
    }
    await screenshot(page, "reports");
    await expectNoSeriousA11yViolations(page);
  });

  it("compares two reports", async () => {
    await page.goto("/reports");
    await page.getByRole("checkbox", { name: /^Select simple\.docx/ }).first().check();
    await page.getByRole("checkbox", { name: /^Select single-column\.pdf/ }).first().check();
    await page.getByRole("button", { name: "Compare selected" }).click();
    await page.waitForURL(/\/compare\?before=[^&]+&after=/);
    const url = new URL(page.url());
    expect([url.searchParams.get("before"), url.searchParams.get("after")]).toEqual(ids);
    await page.getByTestId("comparison").waitFor();
    expect(await page.getByRole("heading", { name: "Score", exact: true }).isVisible()).toBe(true);
    expect(await page.getByTestId("score-change").textContent()).toMatch(/\d/);
    await screenshot(page, "compare");
    await expectNoSeriousA11yViolations(page);
  });

  it("shares a report by a link that works logged out, read-only", async () => {
    await page.goto(`/reports/${ids[1]}`);
    expect(await page.getByRole("heading", { name: "Your private notes" }).isVisible()).toBe(true);
    await page.getByRole("button", { name: "Create share link" }).click();
    const link = page.getByTestId("share-link").getByRole("textbox");
    await link.waitFor();
    const shareUrl = await link.inputValue();
    expect(shareUrl).toMatch(/\/shared\/[^/]+$/);
    await screenshot(page, "report-coach");
    await expectNoSeriousA11yViolations(page);

    const anonymous = await newContext(browser);
    try {
      const visitor = await anonymous.newPage();
      const response = await visitor.goto(shareUrl);
      expect(response?.status()).toBe(200);
      await visitor.getByTestId("shared-banner").waitFor();
      expect(await visitor.getByRole("heading", { level: 1 }).textContent()).toContain("single-column.pdf");
      expect(await visitor.getByText("Maria Santos", { exact: true }).first().isVisible()).toBe(true);
      // Read-only: no deletion, notes or share controls, and not the report's private id.
      expect(await visitor.getByTestId("delete-report").count()).toBe(0);
      expect(await visitor.getByRole("button", { name: /delete/i }).count()).toBe(0);
      expect(await visitor.getByRole("heading", { name: "Your private notes" }).count()).toBe(0);
      expect(await visitor.getByRole("button", { name: "Create share link" }).count()).toBe(0);
      expect(await visitor.content()).not.toContain(ids[1]);
      await screenshot(visitor, "shared");
      await expectNoSeriousA11yViolations(visitor);
    } finally {
      await anonymous.close();
    }
  });

  it("is refused the admin pages", async () => {
    for (const path of ["/admin/profiles", "/admin/profiles/data-engineer", "/admin/users"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      expect(await page.getByRole("heading", { level: 1 }).textContent(), path).toBe("Not found");
      expect(await page.getByRole("button", { name: "Save changes" }).count(), path).toBe(0);
    }
  });
});
