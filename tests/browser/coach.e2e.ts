/**
 * A coach: signs in, lists and filters reports, compares two versions, keeps private notes, shares
 * one read-only and revokes the link, deletes one for good, and is refused the admin pages.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { account, expectNoSeriousA11yViolations, launchWithPage, newContext, noBrowser, pageProblems, screenshot, signIn, uploadAndOpenReport } from "./helpers";

// Not the default role (ml-engineer) nor the one admin.e2e.ts edits (data-engineer).
const OTHER_ROLE = "software-engineer";
const NOTE = "Ask about the gap in 2019 before the next session.";
const EDITED_NOTE = "Gap in 2019 explained: parental leave. Suggest saying so in the summary.";

describe.skipIf(noBrowser)("coach (browser)", () => {
  let browser: Browser;
  let page: Page;
  const ids: string[] = [];

  beforeAll(async () => {
    ({ browser, page } = await launchWithPage());
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

  it("shows the compare page with no reports chosen, accessible", async () => {
    await page.goto("/compare");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Compare two versions");
    expect(await page.getByTestId("comparison").count()).toBe(0);
    expect(await page.getByRole("heading", { name: "Pick two reports" }).isVisible()).toBe(true);
    // The pickers offer the coach's own reports, the latest two chosen.
    expect(await page.getByLabel("Before (earlier version)").inputValue()).toBe(ids[0]);
    expect(await page.getByLabel("After (later version)").inputValue()).toBe(ids[1]);
    await screenshot(page, "compare-empty");
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("button", { name: "Compare", exact: true }).click();
    await page.getByTestId("comparison").waitFor();
  });

  it("filters the report list by search, role, score and date", async () => {
    ids.push(await uploadAndOpenReport(page, "docx/two-column-section.docx", OTHER_ROLE));
    const rows = () => page.getByTestId("report-row");
    const files = async () => (await rows().locator("th a").allTextContents()).sort();
    await page.goto("/reports");
    expect(await files()).toEqual(["simple.docx", "single-column.pdf", "two-column-section.docx"]);

    // Search by candidate name (any case), from the form.
    await page.getByLabel("File or candidate name").fill("SANTOS");
    await page.getByRole("button", { name: "Apply" }).click();
    await page.waitForURL((url) => url.search === "?q=SANTOS");
    await expect.poll(files).toEqual(["single-column.pdf"]);
    expect(await page.getByRole("heading", { level: 2, name: /matching the filters/ }).textContent()).toBe("1 report matching the filters");
    await screenshot(page, "reports-filtered");

    // Role, from the form: the search is cleared first.
    await page.getByRole("link", { name: "Clear filters" }).click();
    await page.waitForURL((url) => url.pathname === "/reports" && url.search === "");
    await page.getByLabel("Role").selectOption(OTHER_ROLE);
    await page.getByRole("button", { name: "Apply" }).click();
    await page.waitForURL((url) => url.searchParams.get("role") === OTHER_ROLE);
    await expect.poll(files).toEqual(["two-column-section.docx"]);

    // Score: only the reports at or above the best score, then at or below the lowest.
    await page.goto("/reports");
    const scores = (await rows().locator("td.num").allTextContents()).map(Number);
    const [low, high] = [Math.min(...scores), Math.max(...scores)];
    expect(low, "the fixtures score differently").toBeLessThan(high);
    await page.getByLabel("From score").fill(String(high));
    await page.getByRole("button", { name: "Apply" }).click();
    await page.waitForURL((url) => url.searchParams.get("minScore") === String(high));
    await expect.poll(() => rows().count()).toBe(scores.filter((score) => score >= high).length);
    await page.goto(`/reports?maxScore=${low}`);
    expect((await rows().locator("td.num").allTextContents()).map(Number)).toEqual(scores.filter((score) => score <= low));

    // Date (UTC days): nothing checked from tomorrow or until yesterday, all of it in between.
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    await page.goto("/reports");
    await page.getByLabel("From date").fill(day(1));
    await page.getByRole("button", { name: "Apply" }).click();
    await page.waitForURL((url) => url.searchParams.get("from") === day(1));
    await expect.poll(() => page.getByRole("heading", { level: 2, name: /^No reports/ }).count()).toBe(1);
    expect(await rows().count()).toBe(0);
    await page.goto(`/reports?to=${day(-1)}`);
    expect(await rows().count()).toBe(0);
    await page.goto(`/reports?from=${day(-1)}&to=${day(1)}`);
    expect(await rows().count()).toBe(3);
    await expectNoSeriousA11yViolations(page);
  });

  it("keeps private notes: add, edit, delete, seen by no one else", async () => {
    const reportPath = `/reports/${ids[0]}`;
    await page.goto(reportPath);
    const notes = page.getByTestId("report-notes");
    expect(await notes.getByText("No notes yet.").isVisible()).toBe(true);

    await notes.getByLabel("Add a note").fill(NOTE);
    await notes.getByRole("button", { name: "Add note" }).click();
    await expect.poll(() => page.getByTestId("notes-status").textContent()).toBe("Note added.");
    expect(await notes.getByTestId("note").locator(".note-body").allTextContents()).toEqual([NOTE]);
    await page.reload();
    expect(await notes.getByTestId("note").locator(".note-body").allTextContents(), "kept after a reload").toEqual([NOTE]);

    await notes.getByTestId("note").getByRole("button", { name: "Edit" }).click();
    const editBox = notes.getByLabel("Edit note");
    expect(await editBox.inputValue()).toBe(NOTE);
    await editBox.fill(EDITED_NOTE);
    await notes.getByRole("button", { name: "Save note" }).click();
    await expect.poll(() => page.getByTestId("notes-status").textContent()).toBe("Note saved.");
    expect(await notes.getByTestId("note").locator(".note-body").allTextContents()).toEqual([EDITED_NOTE]);
    expect(await notes.getByTestId("note").locator(".meta").textContent()).toContain("edited");
    await notes.scrollIntoViewIfNeeded();
    await screenshot(page, "report-notes");
    await expectNoSeriousA11yViolations(page);

    // Another coach, given the private link, and a visitor without an account see none of it.
    for (const viewer of ["otherCoach", null] as const) {
      const elsewhere = await newContext(browser);
      try {
        const tab = await elsewhere.newPage();
        if (viewer) await signIn(tab, account(viewer), "/reports");
        const response = await tab.goto(reportPath);
        expect(response?.status()).toBe(200);
        await tab.getByTestId("report-title").waitFor();
        expect(await tab.getByText(EDITED_NOTE).count(), `note shown to ${viewer ?? "a visitor"}`).toBe(0);
        expect(await tab.content()).not.toContain(EDITED_NOTE);
        if (viewer) expect(await tab.getByTestId("report-notes").getByText("No notes yet.").isVisible()).toBe(true);
        else expect(await tab.getByTestId("report-notes").count()).toBe(0);
        // Nor through the API: the other coach gets only their own notes, the visitor none.
        const api = await tab.request.get(`/api/reports/${ids[0]}/notes`);
        expect(api.status(), "GET notes").toBe(viewer ? 200 : 401);
        expect(await api.text()).not.toContain(EDITED_NOTE);
      } finally {
        await elsewhere.close();
      }
    }

    page.once("dialog", (dialog) => void dialog.accept());
    await notes.getByTestId("note").getByRole("button", { name: "Delete" }).click();
    await expect.poll(() => page.getByTestId("notes-status").textContent()).toBe("Note deleted.");
    expect(await notes.getByTestId("note").count()).toBe(0);
    await page.reload();
    expect(await notes.getByText("No notes yet.").isVisible()).toBe(true);
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

  it("revokes a share link: logged out, it then shows Not found", async () => {
    await page.goto(`/reports/${ids[1]}`);
    const before = await page.getByTestId("share-link").count();
    await page.getByRole("button", { name: "Create share link" }).click();
    await expect.poll(() => page.getByTestId("share-link").count()).toBe(before + 1);
    const newest = page.getByTestId("share-link").first();
    const shareUrl = await newest.getByRole("textbox").inputValue();
    const token = shareUrl.split("/").pop()!;

    const anonymous = await newContext(browser);
    try {
      const visitor = await anonymous.newPage();
      expect((await visitor.goto(shareUrl))?.status()).toBe(200);
      await visitor.getByTestId("shared-banner").waitFor();

      page.once("dialog", (dialog) => void dialog.accept());
      await newest.getByRole("button", { name: "Revoke" }).click();
      await expect.poll(() => page.getByTestId("shares-status").textContent()).toBe("Link revoked.");
      expect(await page.getByTestId("share-link").count()).toBe(before);
      await page.getByText(/^Revoked links \(\d+\)$/).click();
      expect(await page.getByTestId("revoked-share-link").filter({ hasText: token }).count()).toBe(1);

      pageProblems.expect(new RegExp(`^HTTP 404 /(api/)?shared/${token}`));
      const again = await visitor.goto(shareUrl);
      expect(again?.status()).toBe(404);
      expect(await visitor.getByRole("heading", { level: 1 }).textContent()).toBe("Not found");
      expect(await visitor.getByText("Maria Santos").count()).toBe(0);
      expect((await visitor.request.get(`/api/shared/${token}`)).status()).toBe(404);
      expect((await visitor.request.get(`/api/shared/${token}/pages/1`)).status()).toBe(404);
    } finally {
      await anonymous.close();
    }
  });

  it("deletes its own report for good, page pictures included", async () => {
    const id = await uploadAndOpenReport(page, "pdf/single-column.pdf");
    // The owner's right, not the uploading browser's token: forget the token first.
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    const picture = `/api/reports/${id}/pages/1`;
    await expect.poll(async () => (await page.request.get(picture)).status(), { timeout: 20_000 }).toBe(200);
    await page.getByTestId("delete-report").click();
    await page.getByTestId("confirm-delete").click();
    await page.getByTestId("report-deleted").waitFor();

    pageProblems.expect(new RegExp(`^HTTP 404 /(api/)?reports/${id}`));
    expect((await page.request.get(picture)).status()).toBe(404);
    expect((await page.goto(`/reports/${id}`))?.status()).toBe(404);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Not found");
    await page.goto("/reports");
    expect(await page.locator(`a[href="/reports/${id}"]`).count()).toBe(0);
  });

  it("has an accessible account page", async () => {
    await page.goto("/account");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Your account");
    expect(await page.getByText(account("coach").email).isVisible()).toBe(true);
    await screenshot(page, "account");
    await expectNoSeriousA11yViolations(page);
  });

  it("is refused the admin pages", async () => {
    pageProblems.expect(/^HTTP 404 \/admin\//);
    for (const path of ["/admin/profiles", "/admin/profiles/data-engineer", "/admin/users"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      expect(await page.getByRole("heading", { level: 1 }).textContent(), path).toBe("Not found");
      expect(await page.getByRole("button", { name: "Save changes" }).count(), path).toBe(0);
    }
  });
});
