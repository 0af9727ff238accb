/**
 * The report page's body, server-rendered from real reports of each format: it renders, the score,
 * problems, side-by-side view and keyword table are there, evidence and regions are marked.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ReportView } from "../../app/components/report/report-view";
import { analyzeFile } from "../../lib/report/analyze-file";
import type { Report } from "../../lib/report/schema";

const fixture = (p: string) => new Uint8Array(readFileSync(path.join("tests", "fixtures", p)));
const jd = readFileSync(path.join("tests", "fixtures", "jd", "data-engineer.txt"), "utf8");
const analyze = (p: string, jobDescription?: string) =>
  analyzeFile(fixture(p), { fileName: path.basename(p), role: "data-engineer", jobDescription, today: new Date("2026-01-01") });

function render(report: Report, pageImages: { page: number; width: number; height: number; ready?: boolean }[] = []): string {
  return renderToString(
    createElement(ReportView, {
      report,
      createdAt: new Date("2026-01-02T03:04:05Z"),
      pageImages,
      imageBase: "/api/reports/abc/pages/",
      roleTitle: "Data Engineer",
    }),
  );
}

describe("ReportView", () => {
  it("renders a PDF report with its page pictures, regions and evidence", async () => {
    const report = await analyze("pdf/header-footer.pdf", jd);
    const html = render(report, [
      { page: 1, width: 900, height: 1273 },
      { page: 2, width: 900, height: 1273 },
    ]);
    expect(html).toContain('data-testid="score"');
    expect(html).toContain(`${Math.round(report.match!.score)}`);
    expect(html).toContain('data-testid="warning-header_footer_content"');
    // The pictures keep their size before they load, and their regions are outlined.
    expect(html).toMatch(/<img src="\/api\/reports\/abc\/pages\/1" width="900" height="1273"/);
    expect(html).toContain("region-box region-box-header");
    // The evidence of warning 0 is marked in the text, and its button is there.
    expect(html).toContain('data-evidence="w0');
    expect(html).toContain('data-testid="show-evidence-w0"');
    // Page 2 begins in the text; the job description's table is there.
    expect(html).toContain('aria-label="Page 2"');
    expect(html).toContain('data-testid="jd-keyword-table"');
    expect(html).not.toContain('data-testid="document-preview"');
  });

  it("keeps the exact space of a picture still being drawn, and shows the drawn ones", async () => {
    const html = render(await analyze("pdf/header-footer.pdf"), [
      { page: 1, width: 900, height: 1273, ready: true },
      { page: 2, width: 900, height: 1165, ready: false },
    ]);
    expect(html).toMatch(/<img src="\/api\/reports\/abc\/pages\/1" width="900" height="1273"/);
    expect(html).not.toContain('src="/api/reports/abc/pages/2"');
    expect(html).toMatch(/class="page-placeholder" style="aspect-ratio:900 \/ 1165" role="img" aria-label="Page 2 of the original file"/);
    expect(html).toContain("Drawing this page");
    expect(html).not.toContain('data-testid="document-preview"');
  });

  it("falls back to the rebuilt layout for a PDF without pictures", async () => {
    const html = render(await analyze("pdf/two-column.pdf"));
    expect(html).toContain('data-testid="document-preview"');
    expect(html).toContain("No page pictures were stored");
  });

  it("renders a DOCX report with its layout rebuilt: text box boxed, keywords marked", async () => {
    const report = await analyze("docx/text-box.docx");
    const html = render(report);
    expect(html).toContain('data-testid="document-preview"');
    expect(html).toContain("doc-region doc-region-textbox");
    expect(html).toContain('class="m-keyword');
    expect(html).toContain('data-contact="email"');
    expect(html).toContain('data-testid="keyword-table"');
  });

  it("renders a DOC report with its header pinned on top", async () => {
    const html = render(await analyze("doc/header-contact.doc"));
    expect(html).toContain("doc-region doc-region-header");
    expect(html).toContain('data-testid="warning-header_footer_content"');
  });

  it("renders a report with no text at all", async () => {
    const html = render(await analyze("pdf/scanned.pdf"));
    expect(html).toContain("No text could be extracted");
    expect(html).toContain('data-testid="warning-no_text_layer"');
  });
});
