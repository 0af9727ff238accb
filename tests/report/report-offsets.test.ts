/**
 * The report's optional offsets into `ats.text`: where keywords were matched (profile and job
 * description), which ranges came from headers, footers, text boxes and tables, and each PDF page's range.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeFile } from "../../lib/report/analyze-file";
import { reportSchema, type Report } from "../../lib/report/schema";

const fixture = (p: string) => new Uint8Array(readFileSync(path.join("tests", "fixtures", p)));
const analyze = async (p: string, jobDescription?: string) =>
  reportSchema.parse(await analyzeFile(fixture(p), { fileName: path.basename(p), jobDescription, today: new Date("2026-01-01") }));
const slice = (report: Report, r: { start: number; end: number }) => report.ats.text.slice(r.start, r.end);

describe("keyword occurrences", () => {
  it("point at the words the matcher counted, for every found profile keyword", async () => {
    const report = await analyze("pdf/two-column.pdf");
    const found = report.match!.keywords.filter((k) => k.found);
    expect(found.length).toBeGreaterThan(3);
    for (const k of found) {
      expect(k.occurrences).toHaveLength(k.count);
      for (const o of k.occurrences!) expect(o.end).toBeGreaterThan(o.start);
    }
    const spark = found.find((k) => k.term === "Spark")!;
    expect(spark.occurrences!.map((o) => slice(report, o).toLowerCase())).toContain("spark");
    for (const k of report.match!.keywords.filter((k) => !k.found)) expect(k.occurrences).toEqual([]);
  });

  it("are given for job-description terms too", async () => {
    const jd = readFileSync(path.join("tests", "fixtures", "jd", "data-engineer.txt"), "utf8");
    const report = await analyze("pdf/two-column.pdf", jd);
    const airflow = report.match!.jd!.keywords.find((k) => k.term === "Airflow");
    expect(airflow?.found).toBe(true);
    expect(airflow!.occurrences!.map((o) => slice(report, o))).toContain("Airflow");
    for (const k of report.match!.jd!.keywords) expect(k.occurrences).toHaveLength(k.count);
  });
});

describe("text regions and pages", () => {
  it("mark a PDF's running header and footer on each page, with their place on the page", async () => {
    const report = await analyze("pdf/header-footer.pdf");
    const regions = report.ats.regions!;
    expect(regions.map((r) => [r.source, r.page])).toEqual([
      ["header", 1],
      ["footer", 1],
      ["header", 2],
      ["footer", 2],
    ]);
    expect(slice(report, regions[0])).toBe("Maria Santos – Data Engineer");
    expect(regions[0].box!.y).toBeLessThan(0.1);
    expect(regions[1].box!.y).toBeGreaterThan(0.9);
    expect(report.ats.pages!.map((p) => p.page)).toEqual([1, 2]);
    expect(report.ats.pages![1].start).toBe(regions[2].start);
    expect(report.ats.pages![0].start).toBe(0);
    expect(report.ats.pages![1].end).toBe(report.ats.text.length);
  });

  it("mark a Word text box and a layout table, without geometry or pages", async () => {
    const box = await analyze("docx/text-box.docx");
    expect(box.ats.regions!.map((r) => r.source)).toEqual(["textbox"]);
    expect(slice(box, box.ats.regions![0])).toContain("alex.rivera@example.com");
    expect(box.ats.regions![0]).toMatchObject({ page: null, box: null });
    expect(box.ats.pages).toBeUndefined();

    const table = await analyze("doc/table-layout.doc");
    expect(table.ats.regions!.map((r) => r.source)).toContain("table");
  });

  it("are empty for a plain single-column resume", async () => {
    const report = await analyze("pdf/single-column.pdf");
    expect(report.ats.regions).toEqual([]);
    expect(report.ats.pages).toEqual([{ page: 1, start: 0, end: report.ats.text.length }]);
  });
});
