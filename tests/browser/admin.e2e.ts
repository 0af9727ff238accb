/** An admin edits a role profile's keyword; the next analysis with that role scores against it. */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { account, expectNoSeriousA11yViolations, launch, newContext, noBrowser, screenshot, signIn, uploadAndOpenReport } from "./helpers";

// Not the default role, so the other test files' reports do not depend on this edit.
const ROLE = "data-engineer";
// A phrase the fixture's text holds that no shipped data-engineer keyword does.
const NEW_TERM = "Northwind Retail";

describe.skipIf(noBrowser)("admin (browser)", () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launch();
    context = await newContext(browser);
    page = await context.newPage();
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
