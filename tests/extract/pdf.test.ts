import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { InputError } from "../../lib/errors";
import type { ExtractedDocument, Line } from "../../lib/extract/model";
import { readPdf } from "../../lib/extract/pdf";
import { readingText } from "../../lib/extract/reading-text";
import type { WarningCode } from "../../lib/warnings/finding";

const FIXTURES = path.resolve(__dirname, "../fixtures/pdf");
const bytesOf = (name: string) => new Uint8Array(readFileSync(path.join(FIXTURES, name)));
const cache = new Map<string, Promise<ExtractedDocument>>();
const read = (name: string) => {
  if (!cache.has(name)) cache.set(name, readPdf(bytesOf(name)));
  return cache.get(name)!;
};

/** The finding codes the PDF reader can emit; parse-level codes never come from it. */
const READER_CODES: WarningCode[] = [
  "multi_column", "header_footer_content", "tables", "images", "no_text_layer", "garbled_text",
  "icon_glyphs", "ligatures", "letter_spacing", "hidden_text",
];

const codes = (doc: ExtractedDocument) => [...new Set(doc.findings.map((f) => f.code))].sort();
const lines = (doc: ExtractedDocument): Line[] => doc.pages.flatMap((p) => p.blocks.flatMap((b) => b.lines));
const lineTexts = (doc: ExtractedDocument) => lines(doc).map((l) => l.text);
const text = (doc: ExtractedDocument) => readingText(doc).text;
const of = (doc: ExtractedDocument, code: WarningCode) => doc.findings.filter((f) => f.code === code);

async function inputErrorCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "no error";
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).code;
  }
}

describe("readPdf: a plain single-column resume", () => {
  let doc: ExtractedDocument;
  beforeAll(async () => {
    doc = await read("single-column.pdf");
  });

  it("reports no layout problems", () => {
    expect(codes(doc)).toEqual([]);
    expect(doc.pages[0].columns).toBe(1);
    expect(doc.pages[0].hasTextLayer).toBe(true);
    expect(doc.pages[0].imageCount).toBe(0);
  });

  it("reads page size, count and metadata", () => {
    expect(doc.format).toBe("pdf");
    expect(doc.pageCount).toBe(1);
    expect(doc.pages[0].width).toBeCloseTo(595.28, 1);
    expect(doc.pages[0].height).toBeCloseTo(841.89, 1);
    expect(doc.metadata).toEqual({
      title: "Maria Santos – Resume",
      author: "Maria Santos",
      producer: "pdf-lib",
      creator: "ats-check fixture generator",
    });
  });

  it("gives lines geometry in points from the top-left corner, with font facts", () => {
    const name = lines(doc)[0];
    expect(name.text).toBe("Maria Santos");
    expect(name.page).toBe(1);
    expect(name.x).toBeCloseTo(56, 0);
    // Baseline 64pt from the top, 22pt type: the box starts above the baseline.
    expect(name.y!).toBeGreaterThan(40);
    expect(name.y!).toBeLessThan(64);
    expect(name.fontSize).toBe(22);
    expect(name.bold).toBe(true);
    expect(name.spans[0].fontName).toBe("Helvetica-Bold");
    const summary = lines(doc).find((l) => l.text.startsWith("Data engineer with seven years"))!;
    expect(summary.bold).toBe(false);
    expect(summary.spans.map((s) => s.text).join("")).toBe(summary.text);
  });

  it("joins a title and its right-aligned dates on one line and marks bullets as list items", () => {
    // A gap wider than 1.5 em is a field break: a tab, which the parser reads as one.
    expect(lineTexts(doc)).toContain("Senior Data Engineer, Lakeview Analytics\tJan 2021 – Present");
    const bullet = lines(doc).find((l) => l.text.startsWith("• Built a streaming ingestion platform"))!;
    expect(bullet.listItem).toBe(true);
  });

  it("keeps the content-stream text and splits paragraphs into blocks", () => {
    expect(doc.streamText).toContain("Maria Santos");
    expect(doc.streamText).toContain("maria.santos@example.com");
    expect(doc.pages[0].blocks.length).toBeGreaterThan(4);
    expect(doc.pages[0].blocks.every((b) => b.source === "body" && b.column === null)).toBe(true);
  });

  it("does not detach the caller's buffer", async () => {
    const bytes = bytesOf("single-column.pdf");
    await readPdf(bytes);
    expect(bytes.byteLength).toBeGreaterThan(1000);
  });
});

describe("readPdf: columns and reading order", () => {
  it("reads two equal columns one after the other, after the full-width name banner", async () => {
    const doc = await read("two-column.pdf");
    expect(codes(doc)).toEqual(["multi_column"]);
    const [finding] = of(doc, "multi_column");
    expect(finding.page).toBe(1);
    expect(finding.evidence).toMatch(/^page 1: 2 columns, gutter near x=\d+pt; left starts "EXPERIENCE/);
    expect(doc.pages[0].columns).toBe(2);
    const t = text(doc);
    expect(t.indexOf("Maria Santos")).toBe(0);
    // The whole left column (experience) comes before the right column (education, skills).
    expect(t.indexOf("Migrated the reporting database")).toBeLessThan(t.indexOf("EDUCATION"));
    expect(t.indexOf("EDUCATION")).toBeLessThan(t.indexOf("Kubernetes"));
    const blocks = doc.pages[0].blocks;
    expect(blocks[0].column).toBeNull();
    expect(blocks.find((b) => b.lines[0].text === "EXPERIENCE")!.column).toBe(0);
    expect(blocks.find((b) => b.lines.some((l) => l.text === "EDUCATION"))!.column).toBe(1);
    // No line mixes the two columns.
    expect(lineTexts(doc).some((l) => l.includes("Apache Spark") && l.includes("Lakeview"))).toBe(false);
  });

  it("reads a left sidebar before the main column, and white text on the dark sidebar is not hidden", async () => {
    const doc = await read("sidebar-left.pdf");
    expect(codes(doc)).toEqual(["multi_column"]);
    const t = text(doc);
    expect(t.indexOf("CONTACT")).toBe(0);
    expect(t.indexOf("Portuguese (basic)")).toBeLessThan(t.indexOf("Maria Santos"));
    expect(t.indexOf("Maria Santos")).toBeLessThan(t.indexOf("SUMMARY"));
    expect(lineTexts(doc)).toContain("maria.santos@example.com");
    expect(lineTexts(doc).some((l) => l.includes("Python") && l.includes("Data engineer"))).toBe(false);
  });

  it("reads the main column before a right sidebar", async () => {
    const doc = await read("sidebar-right.pdf");
    expect(codes(doc)).toEqual(["multi_column"]);
    const t = text(doc);
    expect(t.indexOf("Maria Santos")).toBe(0);
    expect(t.indexOf("B.S. Computer Science")).toBeLessThan(t.indexOf("CONTACT"));
    const sidebarBlock = doc.pages[0].blocks.find((b) => b.lines.some((l) => l.text === "CONTACT"))!;
    expect(sidebarBlock.column).toBe(1);
  });
});

describe("readPdf: tables, images and scans", () => {
  it("finds a ruled table once and marks its text as table content, without calling it columns", async () => {
    const doc = await read("table.pdf");
    expect(codes(doc)).toEqual(["tables"]);
    expect(of(doc, "tables")).toHaveLength(1);
    expect(of(doc, "tables")[0].evidence).toBe('page 1: ruled table, 5 rows × 3 columns, starting "Area | Tools | Years"');
    const tableLines = doc.pages[0].blocks.filter((b) => b.source === "table").flatMap((b) => b.lines.map((l) => l.text));
    expect(tableLines).toContain("Processing\tSpark, Kafka, Flink\t5");
    expect(tableLines).not.toContain("EXPERIENCE");
  });

  it("counts a photo and ignores a decorative dot", async () => {
    const doc = await read("images.pdf");
    expect(codes(doc)).toEqual(["images"]);
    expect(of(doc, "images")[0]).toMatchObject({ page: 1, count: 1 });
    expect(of(doc, "images")[0].evidence).toBe("page 1: 1 image, largest 80×100pt at x=459pt, y=40pt");
    expect(doc.pages[0].imageCount).toBe(1);
  });

  it("reports a scanned page as having no text layer (and not also as an image)", async () => {
    const doc = await read("scanned.pdf");
    expect(codes(doc)).toEqual(["no_text_layer"]);
    expect(doc.pages[0].hasTextLayer).toBe(false);
    expect(doc.streamText).toBe("");
    expect(doc.pages[0].blocks).toEqual([]);
  });

  it("reads the invisible OCR layer of a scan without calling it hidden text", async () => {
    const doc = await read("scanned-ocr.pdf");
    expect(codes(doc)).toEqual([]);
    expect(doc.pages[0].hasTextLayer).toBe(true);
    expect(text(doc)).toContain("Maria Santos");
  });
});

describe("readPdf: hyperlinks", () => {
  it("records the target of a link annotation on the spans it covers, and not elsewhere", async () => {
    const doc = await read("hyperlinked-labels.pdf");
    const labels = lines(doc).find((l) => l.text.startsWith("LinkedIn"))!;
    expect(labels.text).toBe("LinkedIn\tGitHub\tmsantos.dev");
    expect(labels.spans.map((s) => [s.text.trim(), s.link])).toEqual([
      ["LinkedIn", "https://www.linkedin.com/in/maria-santos-data/"],
      ["GitHub", "https://github.com/msantos-data"],
      ["msantos.dev", "https://msantos.dev/"],
    ]);
    expect(lines(doc).filter((l) => l !== labels).every((l) => l.spans.every((s) => s.link === null))).toBe(true);
  });
});

describe("readPdf: characters an ATS misreads", () => {
  it("expands ligatures for reading, keeps them in the stream text and reports them", async () => {
    const doc = await read("ligatures.pdf");
    expect(codes(doc)).toEqual(["ligatures"]);
    const [finding] = of(doc, "ligatures");
    expect(finding.count).toBe(10);
    expect(finding.evidence).toBe('page 1: 10 ligatures, e.g. "Certiﬁed" → "Certified"');
    const t = text(doc);
    expect(t).toContain("Certified data engineer who builds efficient, well tested workflows for financial");
    expect(t).not.toMatch(/[\uFB00-\uFB06]/);
    const line = lines(doc).find((l) => l.text.startsWith("Certified"))!;
    expect(line.spans.map((s) => s.text).join("")).toBe(line.text);
    expect(doc.streamText).toContain("Certiﬁed");
  });

  it("collapses letter-spaced words and reports them", async () => {
    const doc = await read("letter-spacing.pdf");
    expect(codes(doc)).toEqual(["letter_spacing"]);
    const [finding] = of(doc, "letter_spacing");
    expect(finding.count).toBe(5);
    expect(finding.evidence).toBe('page 1: "M A R I A S A N T O S" → "MARIA SANTOS", "S U M M A R Y" → "SUMMARY"');
    expect(lineTexts(doc)).toEqual(expect.arrayContaining(["MARIA SANTOS", "SUMMARY", "EXPERIENCE", "EDUCATION", "SKILLS"]));
    expect(doc.streamText).toContain("S U M M A R Y");
  });

  it("takes icon-font glyphs out of the text and reports them as icons, not as garbled text", async () => {
    const doc = await read("icon-glyphs.pdf");
    expect(codes(doc)).toEqual(["icon_glyphs"]);
    const [finding] = of(doc, "icon_glyphs");
    expect(finding.count).toBe(8);
    expect(finding.evidence).toMatch(/^page 1: 8 icon glyphs from FontAwesome.* next to "maria\.santos@example\.com/);
    // Each icon becomes a field break in the text and an icon span that keeps its meaning.
    const contact = lines(doc).find((l) => l.text.startsWith("maria.santos@example.com"))!;
    expect(contact.text).toBe("maria.santos@example.com\t+1 (555) 013-2468\tAustin, TX");
    expect(contact.spans.map((s) => s.icon).filter(Boolean)).toEqual(["email", "phone", "location"]);
    expect(contact.spans.map((s) => s.text).join("")).toBe(contact.text);
    expect(lines(doc).find((l) => l.text.startsWith("linkedin.com"))!.spans[0].icon).toBe("linkedin");
    expect(text(doc)).not.toMatch(/[\uE000-\uF8FF]/);
    expect(doc.streamText).toMatch(/[\uE000-\uF8FF]/);
  });

  it("reports text whose font has no Unicode map as garbled", async () => {
    const doc = await read("garbled-no-tounicode.pdf");
    expect(codes(doc)).toEqual(["garbled_text"]);
    const [finding] = of(doc, "garbled_text");
    expect(finding.count).toBeGreaterThan(500);
    expect(finding.evidence).toMatch(/^page 1: "\uFFFD+/);
    expect(text(doc)).not.toContain("Maria");
    expect(text(doc)).not.toMatch(/[\u0000-\u0008]/);
  });

  it("decodes Chinese through the predefined CMaps without spaces between characters", async () => {
    const doc = await read("chinese.pdf");
    expect(codes(doc)).toEqual([]);
    expect(lineTexts(doc).slice(0, 3)).toEqual(["王小明", "数据工程师", "wang.xiaoming@example.com | +86 138 0000 0000"]);
    expect(lineTexts(doc)).toContain("计算机科学学士，复旦大学，二零一七年");
    expect(doc.metadata.author).toBe("王小明");
  });
});

describe("readPdf: hidden text", () => {
  it("reports white text on the white page", async () => {
    const doc = await read("hidden-white-text.pdf");
    expect(codes(doc)).toEqual(["hidden_text"]);
    expect(of(doc, "hidden_text")).toEqual([
      { code: "hidden_text", page: 1, count: 7, evidence: 'page 1: white text "machine learning tensorflow kubernetes terraform snowflake …"' },
    ]);
  });

  it("marks the spans of hidden text, and only those", async () => {
    const doc = await read("hidden-white-text.pdf");
    const hidden = lines(doc).filter((l) => l.spans.some((s) => s.hidden));
    expect(hidden.map((l) => l.text)).toEqual(["machine learning tensorflow kubernetes terraform snowflake tableau"]);
    expect(hidden[0].spans.every((s) => s.hidden)).toBe(true);
  });

  it("reports text too small to read", async () => {
    const doc = await read("tiny-text.pdf");
    expect(codes(doc)).toEqual(["hidden_text"]);
    expect(of(doc, "hidden_text")[0].evidence).toMatch(/^page 1: tiny text "machine learning tensorflow/);
  });

  it("reports invisible text and text placed beyond the page edge", async () => {
    const doc = await read("invisible-offpage-text.pdf");
    expect(codes(doc)).toEqual(["hidden_text"]);
    expect(of(doc, "hidden_text").map((f) => [f.evidence, f.count])).toEqual([
      ['page 1: invisible text "leadership stakeholder management agile scrum"', 5],
      ['page 1: text outside the page "hadoop hive presto"', 3],
    ]);
  });
});

describe("readPdf: running headers and footers", () => {
  it("reports a name header and a contact footer repeated on every page, and marks their blocks", async () => {
    const doc = await read("header-footer.pdf");
    expect(codes(doc)).toEqual(["header_footer_content"]);
    expect(of(doc, "header_footer_content").map((f) => [f.evidence, f.page, f.count])).toEqual([
      ['header on pages 1, 2: "Maria Santos – Data Engineer"', 1, 2],
      ['footer on pages 1, 2: "maria.santos@example.com · +1 (555) 013-2468 Page 1 of 2"', 1, 2],
    ]);
    for (const page of doc.pages) {
      expect(page.blocks[0].source).toBe("header");
      expect(page.blocks[0].lines[0].text).toBe("Maria Santos – Data Engineer");
      expect(page.blocks[page.blocks.length - 1].source).toBe("footer");
    }
    expect(doc.pages[1].blocks[1].lines[0].text).toBe("EDUCATION");
  });

  it("marks page numbers as footer text without a warning", async () => {
    const doc = await read("page-numbers.pdf");
    expect(codes(doc)).toEqual([]);
    const footers = doc.pages.map((p) => p.blocks.filter((b) => b.source === "footer").flatMap((b) => b.lines.map((l) => l.text)));
    expect(footers).toEqual([["Page 1 of 2"], ["Page 2 of 2"]]);
  });

  it("finds no running lines in a one-page document", async () => {
    const doc = await read("single-column.pdf");
    expect(doc.pages[0].blocks.some((b) => b.source !== "body")).toBe(false);
  });
});

describe("readPdf: an office-suite export", () => {
  it("reads a LibreOffice resume cleanly", async () => {
    const doc = await read("libreoffice-single-column.pdf");
    expect(codes(doc).filter((c) => READER_CODES.includes(c))).toEqual([]);
    expect(lineTexts(doc).slice(0, 3)).toEqual(["Maria Santos", "Data Engineer", "maria.santos@example.com · +1 (555) 013-2468 · Austin, TX"]);
    expect(doc.metadata.producer).toMatch(/LibreOffice/);
    expect(text(doc)).toContain("• Built a streaming ingestion platform on Kafka and Spark processing 2 billion events per day.");
  });
});

describe("readPdf: files it cannot read", () => {
  it("refuses a password-protected PDF", async () => {
    expect(await inputErrorCode(readPdf(bytesOf("encrypted.pdf")))).toBe("encrypted");
  });

  it("calls a truncated PDF corrupt", async () => {
    expect(await inputErrorCode(readPdf(bytesOf("truncated.pdf")))).toBe("corrupt");
  });

  it("calls bytes that are not a PDF corrupt", async () => {
    expect(await inputErrorCode(readPdf(new TextEncoder().encode("%PDF-1.7\nthis is not really a pdf\n")))).toBe("corrupt");
    expect(await inputErrorCode(readPdf(new TextEncoder().encode("Hello, I am a plain text resume.")))).toBe("corrupt");
    expect(await inputErrorCode(readPdf(new Uint8Array(0)))).toBe("corrupt");
  });
});
