/**
 * An admin edits a role profile's keyword and the next analysis with that role scores against it;
 * the new-profile page; an import of a broken file is refused with messages people understand.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { account, expectNoSeriousA11yViolations, launchWithPage, noBrowser, pageProblems, screenshot, signIn, uploadAndOpenReport, visibleFocus } from "./helpers";

// Not the default role, so the other test files' reports do not depend on this edit.
const ROLE = "data-engineer";
// A phrase the fixture's text holds that no shipped data-engineer keyword does.
const NEW_TERM = "Northwind Retail";

describe.skipIf(noBrowser)("admin (browser)", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ browser, page } = await launchWithPage());
    await signIn(page, account("admin"), "/admin/profiles");
  });
  afterAll(async () => {
    await browser?.close();
  });

  const keywordRows = (p: Page) => p.getByTestId("keyword-table").getByRole("rowheader");

  it("lists the role profiles", async () => {
    await page.goto("/admin/profiles");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Role profiles");
    await screenshot(page, "admin-profiles");
    await expectNoSeriousA11yViolations(page);
  });

  it("lists the accounts", async () => {
    await page.goto("/admin/users");
    expect(await page.getByText("coach@example.test").first().isVisible()).toBe(true);
    await screenshot(page, "admin-users");
    await expectNoSeriousA11yViolations(page);
  });

  it("opens an accessible editor for a new profile", async () => {
    await page.goto("/admin/profiles");
    await page.getByRole("link", { name: "New profile" }).click();
    await page.waitForURL((url) => url.pathname === "/admin/profiles/new");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("New role profile");
    await screenshot(page, "profile-new");
    await expectNoSeriousA11yViolations(page);

    // Tabbing down the form: every stop shows its focus, and none hides under the sticky save bar.
    await page.setViewportSize({ width: 1280, height: 600 });
    try {
      await page.getByLabel("Title", { exact: true }).focus();
      for (let i = 0; i < 30; i++) {
        await page.keyboard.press("Tab");
        expect(await visibleFocus(page), `Tab ${i + 1}`).not.toBeNull();
        const hidden = await page.evaluate(() => {
          const focused = document.activeElement as HTMLElement;
          const bar = document.querySelector(".save-bar");
          if (!bar || bar.contains(focused)) return null;
          const [a, b] = [focused.getBoundingClientRect(), bar.getBoundingClientRect()];
          return a.bottom > b.top && a.top < b.bottom ? `${focused.tagName} ${focused.id} under the save bar` : null;
        });
        expect(hidden, `Tab ${i + 1}`).toBeNull();
      }
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it("refuses a broken import with messages that name each field", async () => {
    await page.goto("/admin/profiles");
    const broken = [
      {
        slug: "Bad Slug",
        title: "",
        jobTitles: "Analyst",
        track: "sideways",
        keywordGroups: [{ category: "tools", label: "Tools", weight: 50, keywords: [{ term: "", importance: "required" }] }],
      },
    ];
    const form = page.getByTestId("profile-import");
    await form.getByLabel("JSON file to import").setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(broken)) });
    pageProblems.expect(/^HTTP 400 \/api\/admin\/profiles\/import$/);
    await form.getByRole("button", { name: "Import profiles" }).click();
    const error = page.getByTestId("import-error");
    await expect.poll(() => error.textContent()).toContain("Nothing was imported.");
    const issues = (await error.getByRole("listitem").allTextContents()).map((line) => line.trim());
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Profile 1 \(Bad Slug\), slug: Use lower-case letters/),
        expect.stringMatching(/^Profile 1 \(Bad Slug\), title: This is required\./),
        expect.stringMatching(/^Profile 1 \(Bad Slug\), description: This is required\./),
        expect.stringMatching(/^Profile 1 \(Bad Slug\), job titles: Use a list here, not text\./),
        expect.stringMatching(/^Profile 1 \(Bad Slug\), track: Choose one of: technical, leadership\./),
        expect.stringMatching(/^Profile 1 \(Bad Slug\), keyword group 1 \(Tools\), weight: Use 10 or less\./),
        expect.stringMatching(/^Profile 1 \(Bad Slug\), keyword group 1 \(Tools\), keyword 1, term: This is required\./),
      ]),
    );
    // zod's own wording ("Invalid input: expected string, received undefined") never shows.
    for (const line of issues) expect(line).not.toMatch(/Invalid (input|option|string)|expected .* received|Too (small|big)/);
    await screenshot(page, "profile-import-refused");
    await expectNoSeriousA11yViolations(page);
  });

  it("has an accessible account page", async () => {
    await page.goto("/account");
    expect(await page.getByText("Admin", { exact: true }).isVisible()).toBe(true);
    await expectNoSeriousA11yViolations(page);
  });

  it("edits a keyword and a re-run report reflects it", async () => {
    await uploadAndOpenReport(page, "pdf/single-column.pdf", ROLE);
    const before = await keywordRows(page).allTextContents();
    expect(before).not.toContain(NEW_TERM);

    await page.goto(`/admin/profiles/${ROLE}`);
    await page.getByTestId("group-0").locator("summary").click();
    const term = page.getByTestId("keyword-0-0").getByLabel("Term", { exact: true });
    const replaced = await term.inputValue();
    expect(before, "the edited keyword was scored before the edit").toContain(replaced);
    await term.fill(NEW_TERM);
    await screenshot(page, "profile-editor");
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect.poll(() => page.getByText("Saved. The next analysis with this role uses this version.").count(), { timeout: 15_000 }).toBe(1);

    await uploadAndOpenReport(page, "pdf/single-column.pdf", ROLE);
    const after = await keywordRows(page).allTextContents();
    expect(after).toContain(NEW_TERM);
    expect(after).not.toContain(replaced);
    const row = page.getByTestId("keyword-table").getByRole("row").filter({ has: page.getByRole("rowheader", { name: NEW_TERM, exact: true }) });
    expect(await row.getAttribute("class")).toContain("kw-found");
  });
});
