import { readFileSync } from "node:fs";
import { join } from "node:path";
import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { readDocx } from "../../lib/extract/docx";
import { extractDocument } from "../../lib/extract";
import type { ExtractedDocument, TextSource } from "../../lib/extract/model";
import { readingText } from "../../lib/extract/reading-text";
import type { WarningCode } from "../../lib/warnings/finding";

const DIR = join(__dirname, "../fixtures/docx");
const bytes = (name: string) => new Uint8Array(readFileSync(join(DIR, name)));
const read = (name: string) => readDocx(bytes(name));

const text = (doc: ExtractedDocument) => readingText(doc).text;
const codes = (doc: ExtractedDocument) => doc.findings.map((f) => f.code).sort();
const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;
const blocks = (doc: ExtractedDocument) => doc.pages.flatMap((p) => p.blocks);
const sourceOf = (doc: ExtractedDocument, needle: string): TextSource[] =>
  blocks(doc)
    .filter((b) => b.lines.some((l) => l.text.includes(needle)))
    .map((b) => b.source);
const lineOf = (doc: ExtractedDocument, needle: string) => blocks(doc).flatMap((b) => b.lines).find((l) => l.text.includes(needle))!;
const finding = (doc: ExtractedDocument, code: WarningCode) => doc.findings.find((f) => f.code === code);

async function inputError(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as { code?: string }).code ?? "no code";
  }
  return "no error";
}

describe("readDocx: a clean single-column resume", () => {
  it("reads every paragraph once, in order, as body text", async () => {
    const doc = await read("simple.docx");
    const t = text(doc);
    for (const s of ["Alex Rivera", "alex.rivera@example.com", "linkedin.com/in/alex-rivera-example", "github.com/alexrivera-dev", "Jan 2020 – Present", "Oregon State University"]) {
      expect(count(t, s)).toBe(1);
    }
    expect(t.indexOf("Summary")).toBeLessThan(t.indexOf("Experience"));
    expect(t.indexOf("Experience")).toBeLessThan(t.indexOf("Education"));
    expect(t.indexOf("Education")).toBeLessThan(t.indexOf("Skills"));
    expect(new Set(blocks(doc).map((b) => b.source))).toEqual(new Set(["body"]));
  });

  it("reports nothing for a clean resume", async () => {
    expect(codes(await read("simple.docx"))).toEqual([]);
  });

  it("keeps styles, list items, bold and sizes, and no geometry", async () => {
    const doc = await read("simple.docx");
    const name = lineOf(doc, "Alex Rivera");
    expect(name).toMatchObject({ style: "Title", bold: true, fontSize: 24, x: null, y: null, page: null });
    expect(lineOf(doc, "Experience")).toMatchObject({ style: "Heading 1", bold: true, fontSize: 14, listItem: false });
    expect(lineOf(doc, "Built a streaming ingestion service")).toMatchObject({ listItem: true, bold: false, fontSize: 11, style: null });
    expect(lineOf(doc, "Senior Data Engineer").text).toBe("Senior Data Engineer, Northwind Analytics\tJan 2020 – Present");
  });

  it("takes metadata and the stored page count from docProps", async () => {
    const doc = await read("simple.docx");
    expect(doc.format).toBe("docx");
    expect(doc.pageCount).toBe(1);
    expect(doc.metadata).toMatchObject({ title: "Alex Rivera – Resume", author: "Alex Rivera" });
    expect(doc.pages).toHaveLength(1);
    expect(doc.pages[0]).toMatchObject({ width: 612, height: 792, columns: 1, imageCount: 0, hasTextLayer: true });
  });

  it("gives the same body text as mammoth's raw text (the plain ATS view)", async () => {
    const doc = await read("simple.docx");
    const raw = await mammoth.extractRawText({ buffer: readFileSync(join(DIR, "simple.docx")) });
    expect(doc.streamText.replace(/\s+/g, "")).toBe(raw.value.replace(/\s+/g, ""));
  });

  it("keeps hyperlink targets on the spans: w:hyperlink, a HYPERLINK field and w:fldSimple", async () => {
    const doc = await read("hyperlinked-labels.docx");
    const links = (needle: string) => lineOf(doc, needle).spans.filter((s) => s.link).map((s) => [s.text, s.link]);
    expect(links("Email")).toEqual([["Email", "mailto:alex.rivera@example.com"]]);
    expect(links("LinkedIn")).toEqual([
      ["LinkedIn", "https://www.linkedin.com/in/alex-rivera-example/"],
      ["GitHub", "https://github.com/alexrivera-dev"],
      ["Portfolio", "https://alexrivera.dev/"],
    ]);
    // The field instruction is not text; plain runs around the links carry none.
    expect(lineOf(doc, "LinkedIn").text).toBe("LinkedIn | GitHub | Portfolio");
    expect(lineOf(doc, "Summary").spans.every((s) => s.link === null)).toBe(true);
  });

  it("reads parts whose namespace prefix is not w:", async () => {
    const doc = await read("custom-prefix.docx");
    expect(text(doc)).toBe(text(await read("simple.docx")));
  });

  it("is reached through extractDocument by sniffing the bytes", async () => {
    expect((await extractDocument(bytes("simple.docx"))).format).toBe("docx");
  });
});

describe("readDocx: headers and footers", () => {
  it("puts the header first and the footer last, and reports the header's contact details", async () => {
    const doc = await read("header-contact.docx");
    const all = blocks(doc);
    expect(all[0].source).toBe("header");
    expect(all[all.length - 1].source).toBe("footer");
    expect(sourceOf(doc, "alex.rivera@example.com")).toEqual(["header"]);
    expect(count(text(doc), "alex.rivera@example.com")).toBe(1);
    expect(finding(doc, "header_footer_content")?.evidence).toContain("header: alex.rivera@example.com");
  });

  it("does not count a page-number footer as lost content, and leaves headers out of the stream", async () => {
    const doc = await read("header-contact.docx");
    expect(lineOf(doc, "Page 1 of 1").text).toBe("Page 1 of 1");
    expect(finding(doc, "header_footer_content")?.evidence).not.toContain("footer");
    expect(doc.streamText).not.toContain("alex.rivera@example.com");
    expect(doc.streamText).not.toContain("Page 1 of 1");
  });
});

describe("readDocx: notes", () => {
  it("reads a footnote once as a footnote block after the body, skipping separator notes", async () => {
    const doc = await read("footnotes.docx");
    expect(count(text(doc), "Including four years of consulting for Fabrikam.")).toBe(1);
    expect(sourceOf(doc, "Fabrikam")).toEqual(["footnote"]);
    expect(blocks(doc).map((b) => b.source)).toEqual(["body", "footnote"]);
    expect(doc.streamText).not.toContain("Fabrikam");
    expect(codes(doc)).toEqual([]);
  });
});

describe("readDocx: text boxes", () => {
  it("reads a Word text box (DrawingML + VML fallback) exactly once, as a textbox block after its anchor", async () => {
    const doc = await read("text-box.docx");
    const t = text(doc);
    expect(count(t, "Contact: alex.rivera@example.com")).toBe(1);
    expect(count(t, "Phone: +1 (555) 014-2398")).toBe(1);
    expect(sourceOf(doc, "Contact:")).toEqual(["textbox"]);
    expect(t.indexOf("Alex Rivera")).toBeLessThan(t.indexOf("Contact:"));
    expect(t.indexOf("Contact:")).toBeLessThan(t.indexOf("Summary"));
    const f = finding(doc, "text_boxes");
    expect(f).toMatchObject({ count: 1 });
    expect(f?.evidence).toContain("Contact: alex.rivera@example.com");
    expect(codes(doc)).toEqual(["text_boxes"]);
  });

  it("leaves text-box content out of the plain stream text", async () => {
    const doc = await read("text-box.docx");
    expect(doc.streamText).not.toContain("Contact:");
    expect(doc.streamText).toContain("Summary");
  });

  it("reports a tall narrow text box as a sidebar column", async () => {
    const doc = await read("sidebar-text-box.docx");
    expect(codes(doc)).toEqual(["multi_column", "text_boxes"]);
    expect(finding(doc, "multi_column")?.evidence).toContain("sidebar");
  });
});

describe("readDocx: tables and columns", () => {
  it("reads a layout table row by row, cell by cell, nested table in place, as one table block", async () => {
    const doc = await read("table-layout.docx");
    const table = blocks(doc).filter((b) => b.source === "table");
    expect(table).toHaveLength(1);
    expect(table[0].lines.map((l) => l.text)).toEqual([
      "Contact",
      "alex.rivera@example.com | +1 (555) 014-2398 | Portland, OR",
      "Skills",
      "Python, SQL, Kafka",
      "Experience",
      "Senior Data Engineer, Northwind Analytics",
      "Jan 2020",
      "Present",
      "Built a streaming ingestion service in Python and Kafka.",
    ]);
    expect(finding(doc, "tables")).toMatchObject({ count: 2 });
    expect(finding(doc, "tables")?.evidence).toContain("1 nested");
    expect(finding(doc, "multi_column")?.evidence).toContain("a table lays out 2 columns");
  });

  it("reports section columns on the page and as a finding", async () => {
    const doc = await read("two-column-section.docx");
    expect(doc.pages[0].columns).toBe(2);
    expect(codes(doc)).toEqual(["multi_column"]);
    expect(finding(doc, "multi_column")?.evidence).toContain("2 text columns");
  });
});

describe("readDocx: what an ATS trips over", () => {
  it("counts pictures", async () => {
    const doc = await read("images.docx");
    expect(finding(doc, "images")).toMatchObject({ count: 1 });
    expect(doc.pages[0].imageCount).toBe(1);
    expect(codes(doc)).toEqual(["images"]);
  });

  it("finds hidden, white and microscopic text but not white text on a coloured band", async () => {
    const doc = await read("hidden-text.docx");
    const f = finding(doc, "hidden_text");
    expect(f).toMatchObject({ count: 3 });
    for (const s of ["machine learning kubernetes", "tensorflow pytorch keras", "spark hadoop"]) expect(f?.evidence).toContain(s);
    expect(f?.evidence).not.toContain("EXPERIENCE");
    // An ATS still reads hidden text: it stays in the text.
    expect(count(text(doc), "tensorflow pytorch keras")).toBe(1);
    expect(codes(doc)).toEqual(["hidden_text"]);
  });

  it("expands ligatures in the text and reports them", async () => {
    const doc = await read("ligatures.docx");
    const t = text(doc);
    expect(t).toContain("AWS Certified Data Engineer");
    expect(t).toContain("Built efficient workflows for financial reporting");
    expect(t).not.toMatch(/[\uFB00-\uFB06]/);
    expect(finding(doc, "ligatures")).toMatchObject({ count: 5 });
    expect(finding(doc, "ligatures")?.evidence).toContain("Certiﬁed");
    expect(codes(doc)).toEqual(["ligatures"]);
  });

  it("collapses letter-spaced headings and reports them", async () => {
    const doc = await read("letter-spacing.docx");
    expect(lineOf(doc, "ALEX").text).toBe("ALEX RIVERA");
    expect(lineOf(doc, "PROFILE")).toMatchObject({ text: "PROFILE", style: "Heading 1" });
    expect(text(doc)).toContain("EXPERIENCE");
    expect(finding(doc, "letter_spacing")).toMatchObject({ count: 4 });
    expect(finding(doc, "letter_spacing")?.evidence).toContain('"P R O F I L E"');
    expect(codes(doc)).toEqual(["letter_spacing"]);
  });

  it("counts icon glyphs (Wingdings telephone and envelope, an icon-font glyph) but not a bullet separator", async () => {
    const doc = await read("icon-symbols.docx");
    const f = finding(doc, "icon_glyphs");
    expect(f).toMatchObject({ count: 3 });
    expect(f?.evidence).toBe("🕿 🖂 U+F0E0");
    expect(lineOf(doc, "014-2398").text).toBe("🕿 +1 (555) 014-2398 • 🖂 alex.rivera@example.com");
    expect(codes(doc)).toEqual(["icon_glyphs"]);
  });

  it("reads CJK text", async () => {
    const doc = await read("chinese.docx");
    expect(text(doc)).toContain("电话：138-0013-8000 | 邮箱：li.ming@example.com | 北京");
    expect(lineOf(doc, "工作经历").style).toBe("Heading 1");
    expect(codes(doc)).toEqual([]);
  });
});

describe("readDocx: bad input", () => {
  it.each([
    ["empty.docx", "corrupt"],
    ["truncated.docx", "corrupt"],
    ["not-a-docx.zip", "unsupported_format"],
    ["doctype-entity.docx", "corrupt"],
    ["zip-bomb.docx", "corrupt"],
    ["lying-size.docx", "corrupt"],
  ])("%s → InputError %s", async (name, code) => {
    expect(await inputError(read(name))).toBe(code);
  });

  it("sniffs an empty file as empty and a non-Word zip as unsupported", async () => {
    expect(await inputError(extractDocument(bytes("empty.docx")))).toBe("empty_file");
    expect(await inputError(extractDocument(bytes("not-a-docx.zip")))).toBe("unsupported_format");
  });
});
