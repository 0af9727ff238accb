/** The job seeker's flow: the upload page, a report for each format, a refused file, a phone. */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chooseFile, expectNoSeriousA11yViolations, horizontalOverflow, launch, newContext, noBrowser, screenshot, uploadAndOpenReport } from "./helpers";

describe.skipIf(noBrowser)("upload and report (browser)", () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launch();
    context = await newContext(browser);
    page = await context.newPage();
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
        // The original's first page, drawn at upload, beside the text the ATS reads.
        const picture = page.getByRole("img", { name: "Page 1 of the original file" });
        await picture.scrollIntoViewIfNeeded();
        await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { timeout: 10_000 }).toBeGreaterThan(0);
      }
      await screenshot(page, `report-${format}`);
      await expectNoSeriousA11yViolations(page);
    });
  }

  it("shows the server's message for a file that is not a resume", async () => {
    await page.goto("/");
    const fake = { name: "notes.pdf", mimeType: "application/pdf", buffer: Buffer.from("Just some plain text, not a PDF at all.\n") };
    await chooseFile(page, fake);
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

  it("fits a 375 px wide phone without horizontal scrolling", async () => {
    const phone = await newContext(browser, { width: 375, height: 812 });
    try {
      const small = await phone.newPage();
      await small.goto("/");
      expect(await horizontalOverflow(small), "upload page overflow (px)").toBeLessThanOrEqual(0);
      await screenshot(small, "upload-phone");
      await uploadAndOpenReport(small, "docx/simple.docx");
      expect(await horizontalOverflow(small), "report page overflow (px)").toBeLessThanOrEqual(0);
      await screenshot(small, "report-phone");
    } finally {
      await phone.close();
    }
  });
});
