/**
 * The job seeker's flow: the upload page (file picker, drag and drop, keyboard only), a report for
 * each format, a job description, a refused file, deleting a report for good, a phone, and no
 * layout shift when the report loads.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  chooseFile,
  expectNoSeriousA11yViolations,
  FIXTURES,
  fileDataTransfer,
  horizontalOverflow,
  launchWithPage,
  layoutShift,
  newContext,
  noBrowser,
  pageProblems,
  recordLayoutShifts,
  screenshot,
  uploadAndOpenReport,
  visibleFocus,
} from "./helpers";

describe.skipIf(noBrowser)("upload and report (browser)", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ browser, page } = await launchWithPage());
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("shows the upload page, accessible", async () => {
    await page.goto("/");
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toContain("See your resume the way an ATS does");
    await expect.poll(() => page.getByRole("button", { name: "Check my resume" }).isEnabled()).toBe(true);
    await screenshot(page, "upload");
    await expectNoSeriousA11yViolations(page);
  });

  const formats = [
    { file: "pdf/single-column.pdf", name: "Maria Santos", format: "pdf" },
    { file: "docx/simple.docx", name: "Alex Rivera", format: "docx" },
    { file: "doc/simple.doc", name: "Alex Rivera", format: "doc" },
  ];
  for (const { file, name, format } of formats) {
    it(`uploads a ${format.toUpperCase()} and reads its report`, async () => {
      await uploadAndOpenReport(page, file);
      await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toContain(file.split("/")[1]);
      expect(await page.getByTestId("score").textContent()).toMatch(/^\d{1,3}\s*\/\s*100$/);
      expect(await page.getByRole("heading", { name: "Contact details found" }).isVisible()).toBe(true);
      expect(await page.getByText(name, { exact: true }).first().isVisible()).toBe(true);
      expect(await page.getByRole("heading", { name: /^What an ATS would trip over \(\d+\)$/ }).isVisible()).toBe(true);
      if (format === "pdf") {
        // The original's first page, pictured at upload, beside the text the ATS reads.
        await waitForPageImage(page);
      }
      await screenshot(page, `report-${format}`);
      await expectNoSeriousA11yViolations(page);
    });
  }

  it("shows the server's message for a file that is not a resume", async () => {
    await page.goto("/");
    const fake = { name: "notes.pdf", mimeType: "application/pdf", buffer: Buffer.from("Just some plain text, not a PDF at all.\n") };
    await chooseFile(page, fake);
    pageProblems.expect(/^HTTP 4\d\d \/api\/analyze$/);
    await page.getByRole("button", { name: "Check my resume" }).click();
    const error = page.getByTestId("upload-error");
    await error.waitFor({ state: "visible", timeout: 30_000 });
    const message = (await error.textContent()) ?? "";
    expect(message.length).toBeGreaterThan(10);
    expect(message).not.toMatch(/server answered/i);
    expect(await page.getByRole("alert").filter({ hasText: message }).count()).toBe(1);
    expect(new URL(page.url()).pathname).toBe("/");
    await screenshot(page, "upload-rejected");
    await expectNoSeriousA11yViolations(page);
  });

  it("refuses a wrong extension before sending", async () => {
    await page.goto("/");
    await page.getByLabel(/^Resume file/).setInputFiles({ name: "resume.txt", mimeType: "text/plain", buffer: Buffer.from("hello") });
    await expect.poll(() => page.getByTestId("upload-error").textContent()).toContain("is not a PDF, DOCX or DOC file");
  });

  it("takes a file dropped on the drop zone, one at a time", async () => {
    await page.goto("/");
    const zone = page.getByTestId("dropzone");
    const two = await fileDataTransfer(page, [
      { file: "docx/simple.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
      { file: "pdf/single-column.pdf", mimeType: "application/pdf" },
    ]);
    await zone.dispatchEvent("dragenter", { dataTransfer: two });
    await expect.poll(() => zone.getAttribute("class")).toContain("is-dragging");
    await zone.dispatchEvent("dragover", { dataTransfer: two });
    await zone.dispatchEvent("drop", { dataTransfer: two });
    await expect.poll(() => page.getByTestId("upload-error").textContent()).toBe("Drop one file at a time.");
    expect(await zone.getAttribute("class")).not.toContain("is-dragging");

    const one = await fileDataTransfer(page, [{ file: "docx/simple.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" }]);
    await zone.dispatchEvent("dragenter", { dataTransfer: one });
    await zone.dispatchEvent("dragover", { dataTransfer: one });
    await zone.dispatchEvent("drop", { dataTransfer: one });
    await expect.poll(() => page.getByTestId("file-state").textContent()).toContain("simple.docx");
    expect(await zone.getAttribute("class")).toContain("has-file");
    expect(await page.getByTestId("upload-error").count()).toBe(0);
    await page.getByRole("button", { name: "Check my resume" }).click();
    await page.waitForURL(/\/reports\/[^/]+$/, { timeout: 45_000 });
    await expect.poll(() => page.getByTestId("report-title").textContent()).toBe("ATS report for simple.docx");
    expect(await page.getByText("Alex Rivera", { exact: true }).first().isVisible()).toBe(true);
  });

  it("checks the resume against a pasted job description", async () => {
    await page.goto("/");
    await chooseFile(page, "pdf/single-column.pdf");
    await page.getByLabel("Target role").selectOption("ml-engineer");
    await page.getByLabel("Job description (optional)").fill(readFileSync(path.join(FIXTURES, "jd/ml-engineer.txt"), "utf8"));
    await page.getByRole("button", { name: "Check my resume" }).click();
    await page.waitForURL(/\/reports\/[^/]+$/, { timeout: 45_000 });
    const jd = page.getByTestId("jd-match");
    await jd.waitFor();
    expect(await jd.getByRole("heading", { level: 3 }).textContent()).toMatch(/^Against the job description/);
    expect(await page.getByTestId("jd-match-rate").textContent()).toMatch(/^\d{1,3}% of the ad/);
    const table = page.getByTestId("jd-keyword-table");
    const found = table.locator("tbody tr.kw-found");
    const missing = table.locator("tbody tr.kw-missing");
    // The fixture shows some of the ad's terms (Python, PyTorch…) and lacks others (Flyte, Triton…).
    expect(await found.count(), "terms found").toBeGreaterThan(0);
    expect(await missing.count(), "terms missing").toBeGreaterThan(0);
    const foundTerms = await found.getByRole("rowheader").allTextContents();
    expect(foundTerms.join(" | ")).toMatch(/Python/i);
    expect(await found.first().locator(".kw-status").textContent()).toMatch(/Yes, \d+×/);
    expect(await missing.first().locator(".kw-status").textContent()).toContain("No");

    // "Missing" hides the found rows; "All" brings them back.
    await jd.getByTestId(/^jd-keywords-filter-missing$/).check();
    await expect.poll(() => found.first().isVisible()).toBe(false);
    expect(await missing.first().isVisible()).toBe(true);
    await jd.getByTestId(/^jd-keywords-filter-all$/).check();
    await expect.poll(() => found.first().isVisible()).toBe(true);
    await jd.scrollIntoViewIfNeeded();
    await screenshot(page, "report-jd");
    await expectNoSeriousA11yViolations(page);
  });

  it("completes an upload with the keyboard alone, focus always visible", async () => {
    const keyboard = await newContext(browser);
    try {
      const tab = await keyboard.newPage();
      await tab.goto("/");
      const stops: string[] = [];
      // Tab from the top of the page to the file input, each stop showing where focus is.
      for (let i = 0; i < 12 && !(await tab.evaluate(() => document.activeElement?.id === "file")); i++) {
        await tab.keyboard.press("Tab");
        const focus = await visibleFocus(tab);
        expect(focus, `focus after ${i + 1} Tab presses is not visible`).not.toBeNull();
        stops.push(focus!);
      }
      expect(await tab.evaluate(() => document.activeElement?.id), `Tab stops: ${stops.join(" → ")}`).toBe("file");
      // A native file dialog cannot be driven; the focused input gets the file as the dialog would.
      await tab.locator(":focus").setInputFiles(path.join(FIXTURES, "docx/simple.docx"));
      await expect.poll(() => tab.getByTestId("file-state").textContent()).toContain("simple.docx");

      await tab.keyboard.press("Tab");
      expect(await tab.evaluate(() => document.activeElement?.id)).toBe("role");
      expect(await visibleFocus(tab)).not.toBeNull();
      const before = await tab.locator("#role").inputValue();
      await tab.keyboard.press("ArrowDown");
      const role = await tab.locator("#role").inputValue();
      expect(role, "the arrow key picks another role").not.toBe(before);
      const roleTitle = (await tab.locator("#role option:checked").textContent())!.trim();

      await tab.keyboard.press("Tab");
      expect(await tab.evaluate(() => document.activeElement?.id)).toBe("jobDescription");
      expect(await visibleFocus(tab)).not.toBeNull();
      await tab.keyboard.type("We need Python and SQL.");

      await tab.keyboard.press("Tab");
      expect(await tab.evaluate(() => document.activeElement?.textContent)).toBe("Check my resume");
      expect(await visibleFocus(tab)).not.toBeNull();
      await tab.keyboard.press("Enter");
      await tab.waitForURL(/\/reports\/[^/]+$/, { timeout: 45_000 });
      await tab.getByTestId("report-title").waitFor();
      expect(await tab.locator(".report-meta").textContent()).toContain(`target role ${roleTitle}`);
      expect(await tab.getByTestId("jd-match").count()).toBe(1);

      // On the report, the first Tab stops are visible too.
      for (let i = 0; i < 6; i++) {
        await tab.keyboard.press("Tab");
        expect(await visibleFocus(tab), `report page, Tab ${i + 1}`).not.toBeNull();
      }
    } finally {
      await keyboard.close();
    }
  });

  it("loads the report without layout shift, on a desktop and on a phone", async () => {
    for (const width of [1280, 375]) {
      const viewer = await newContext(browser, { width, height: width > 500 ? 900 : 812 });
      try {
        const tab = await viewer.newPage();
        await recordLayoutShifts(tab);
        // From the upload page, the way a job seeker gets there (the report opens in the same document)…
        const id = await uploadAndOpenReport(tab, "pdf/single-column.pdf");
        await waitForPageImage(tab);
        await tab.waitForTimeout(500);
        const afterUpload = await layoutShift(tab);
        expect(afterUpload.total, `CLS at ${width} px after upload: ${afterUpload.shifts.join("; ")}`).toBeLessThan(0.1);
        // …and opened afresh from its link.
        await tab.goto(`/reports/${id}`);
        await waitForPageImage(tab);
        await tab.waitForTimeout(500);
        const fresh = await layoutShift(tab);
        expect(fresh.total, `CLS at ${width} px opening the link: ${fresh.shifts.join("; ")}`).toBeLessThan(0.1);
      } finally {
        await viewer.close();
      }
    }
  });

  it("deletes a report for good from the browser that uploaded it", async () => {
    const uploader = await newContext(browser);
    try {
      const tab = await uploader.newPage();
      const id = await uploadAndOpenReport(tab, "pdf/single-column.pdf");
      const picture = `/api/reports/${id}/pages/1`;
      await expect.poll(async () => (await tab.request.get(picture)).status(), { timeout: 20_000 }).toBe(200);
      await tab.getByTestId("delete-report").click();
      expect(await tab.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("confirm-delete");
      await tab.getByTestId("confirm-delete").click();
      await tab.getByTestId("report-deleted").waitFor();
      expect(await tab.getByRole("heading", { level: 1 }).textContent()).toBe("Report deleted");
      expect(await tab.evaluate((key) => localStorage.getItem(key), `ats-check:delete-token:${id}`)).toBeNull();

      pageProblems.expect(new RegExp(`^HTTP 404 /(api/)?reports/${id}`));
      expect((await tab.request.get(picture)).status()).toBe(404);
      expect((await tab.request.get(`/api/reports/${id}`)).status()).toBe(404);
      const response = await tab.goto(`/reports/${id}`);
      expect(response?.status()).toBe(404);
      expect(await tab.getByRole("heading", { level: 1 }).textContent()).toBe("Not found");
    } finally {
      await uploader.close();
    }
  });

  it("answers an unknown address with an accessible Not found page", async () => {
    pageProblems.expect(/^HTTP 404 \/reports\/no-such-report$/);
    const response = await page.goto("/reports/no-such-report");
    expect(response?.status()).toBe(404);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Not found");
    expect(await page.getByRole("link", { name: "Check a resume" }).count()).toBeGreaterThan(0);
    await screenshot(page, "not-found");
    await expectNoSeriousA11yViolations(page);
  });

  it("fits a 375 px wide phone without horizontal scrolling", async () => {
    const phone = await newContext(browser, { width: 375, height: 812 });
    try {
      const small = await phone.newPage();
      await small.goto("/");
      expect(await horizontalOverflow(small), "upload page overflow (px)").toBeLessThanOrEqual(0);
      await screenshot(small, "upload-phone");
      await uploadAndOpenReport(small, "docx/simple.docx");
      expect(await horizontalOverflow(small), "report page overflow (px)").toBeLessThanOrEqual(0);
      // No table of the report needs sideways scrolling either (it would hide a keyword's status).
      const clipped = await small.evaluate(() =>
        [...document.querySelectorAll(".report-table-scroll")].filter((box) => box.scrollWidth > box.clientWidth + 1).map((box) => box.getAttribute("aria-label") ?? box.getAttribute("aria-labelledby")),
      );
      expect(clipped, "tables wider than the screen").toEqual([]);
      // Laid out on two lines per keyword, the table is still a table to assistive technology.
      const keywords = small.getByTestId("keyword-table");
      expect(await keywords.getByRole("rowheader").count()).toBeGreaterThan(10);
      expect(await keywords.getByRole("columnheader", { name: "In your resume" }).count()).toBe(1);
      await screenshot(small, "report-phone");
      await expectNoSeriousA11yViolations(small);
    } finally {
      await phone.close();
    }
  });
});

/** The first page picture shown (it may still be drawn, a placeholder in its place, when the report opens). */
async function waitForPageImage(page: Page): Promise<void> {
  const picture = page.locator("img[alt='Page 1 of the original file']");
  await picture.waitFor({ timeout: 30_000 });
  await picture.scrollIntoViewIfNeeded();
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { timeout: 20_000 }).toBeGreaterThan(0);
  await picture.evaluate((img: HTMLImageElement) => img.decode());
}
