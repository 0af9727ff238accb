import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readDoc } from "../../lib/extract/doc";
import { extractDocument } from "../../lib/extract";
import type { ExtractedDocument, TextSource } from "../../lib/extract/model";
import { readingText } from "../../lib/extract/reading-text";
import type { WarningCode } from "../../lib/warnings/finding";

const DIR = join(__dirname, "../fixtures/doc");
const bytes = (name: string) => new Uint8Array(readFileSync(join(DIR, name)));
const read = (name: string) => readDoc(bytes(name));

const text = (doc: ExtractedDocument) => readingText(doc).text;
const codes = (doc: ExtractedDocument) => doc.findings.map((f) => f.code).sort();
const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;
const blocks = (doc: ExtractedDocument) => doc.pages.flatMap((p) => p.blocks);
const sourceOf = (doc: ExtractedDocument, needle: string): TextSource[] =>
  blocks(doc)
    .filter((b) => b.lines.some((l) => l.text.includes(needle)))
    .map((b) => b.source);
const finding = (doc: ExtractedDocument, code: WarningCode) => doc.findings.find((f) => f.code === code);

async function inputError(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as { code?: string }).code ?? "no code";
  }
  return "no error";
}

describe("readDoc: Word 97 files (converted by LibreOffice)", () => {
  it("reads a clean resume once, in order, as body text with no geometry and no findings", async () => {
    const doc = await read("simple.doc");
    const t = text(doc);
    for (const s of ["Alex Rivera", "alex.rivera@example.com", "github.com/alexrivera-dev", "Jan 2020 – Present", "Oregon State University"]) {
      expect(count(t, s)).toBe(1);
    }
    expect(t.indexOf("Experience")).toBeLessThan(t.indexOf("Education"));
    expect(doc.format).toBe("doc");
    expect(new Set(blocks(doc).map((b) => b.source))).toEqual(new Set(["body"]));
    expect(blocks(doc)[0].lines[0]).toMatchObject({ text: "Alex Rivera", x: null, page: null, fontSize: null });
    expect(codes(doc)).toEqual([]);
    expect(doc.streamText).toContain("Senior Data Engineer, Northwind Analytics\tJan 2020 – Present");
  });

  it("puts a HYPERLINK field's target on the span of its result, and keeps the field out of the text", async () => {
    const doc = await read("hyperlinked-labels.doc");
    const line = blocks(doc).flatMap((b) => b.lines).find((l) => l.text.startsWith("LinkedIn"))!;
    expect(line.text).toBe("LinkedIn | GitHub | Portfolio");
    expect(line.spans.map((s) => [s.text, s.link])).toEqual([
      ["LinkedIn", "https://www.linkedin.com/in/alex-rivera-example/"],
      [" | ", null],
      ["GitHub", "https://github.com/alexrivera-dev"],
      [" | ", null],
      ["Portfolio", "https://alexrivera.dev/"],
    ]);
    expect(doc.streamText).not.toMatch(/HYPERLINK|[\x10-\x1f]/);
  });

  it("keeps built-in heading and Title paragraph styles from the stylesheet", async () => {
    const doc = await read("nonstandard-headings.doc");
    const styleOf = (needle: string) => blocks(doc).flatMap((b) => b.lines).find((l) => l.text.startsWith(needle))?.style;
    expect(styleOf("Alex Rivera")).toBe("Title");
    expect(styleOf("Where I've Worked")).toBe("heading 1");
    expect(styleOf("Data engineer with eight years")).toBeNull();
    expect(doc.streamText).not.toMatch(/[\x10-\x1d]/);
  });

  it("separates header and footer from the body", async () => {
    const doc = await read("header-contact.doc");
    expect(sourceOf(doc, "alex.rivera@example.com")).toEqual(["header"]);
    expect(sourceOf(doc, "Page 1 of 1")).toEqual(["footer"]);
    expect(count(text(doc), "alex.rivera@example.com")).toBe(1);
    expect(codes(doc)).toEqual(["header_footer_content"]);
    expect(finding(doc, "header_footer_content")?.evidence).toBe("header: alex.rivera@example.com | +1 (555) 014-2398 | Portland, OR");
    expect(doc.streamText).not.toContain("alex.rivera@example.com");
  });

  it("reads a text box once, as a textbox block", async () => {
    const doc = await read("text-box.doc");
    expect(count(text(doc), "Contact: alex.rivera@example.com")).toBe(1);
    expect(sourceOf(doc, "Contact:")).toEqual(["textbox"]);
    expect(finding(doc, "text_boxes")).toMatchObject({ count: 1 });
    expect(codes(doc)).toEqual(["text_boxes"]);
  });

  it("reads each text box at its anchor in the body, still as a textbox block", async () => {
    const doc = await read("text-box-headings.doc");
    const t = text(doc);
    const order = ["PROFESSIONAL SUMMARY", "Data engineer with eight years", "WORK EXPERIENCE", "Senior Data Engineer", "EDUCATION", "B.S. Computer Science", "TECHNICAL SKILLS", "Python, SQL"];
    expect(order.map((s) => t.indexOf(s))).toEqual(order.map((s) => t.indexOf(s)).sort((a, b) => a - b));
    expect(sourceOf(doc, "WORK EXPERIENCE")).toEqual(["textbox"]);
    expect(finding(doc, "text_boxes")).toMatchObject({ count: 4 });
  });

  it("keeps text whose runs carry character spacing (not a deleted revision)", async () => {
    const t = text(await read("character-spacing.doc"));
    expect(t).toContain("Portland, OR | +1 (555) 014-2398 | alex.rivera@example.com");
    expect(t).toContain("Senior Data Engineer, Northwind Analytics");
  });

  it("reads table cells (multi-paragraph cells included) into one table block, row by row", async () => {
    const doc = await read("table-layout.doc");
    const tables = blocks(doc).filter((b) => b.source === "table");
    expect(tables).toHaveLength(1);
    expect(tables[0].lines.map((l) => l.text).slice(0, 5)).toEqual([
      "Contact",
      "alex.rivera@example.com | +1 (555) 014-2398 | Portland, OR",
      "Skills",
      "Python, SQL, Kafka",
      "Experience",
    ]);
    expect(sourceOf(doc, "Alex Rivera")).toEqual(["body"]);
    expect(sourceOf(doc, "Oregon State University")).toEqual(["body"]);
    expect(codes(doc)).toEqual(["multi_column", "tables"]);
  });

  it("reads section columns", async () => {
    const doc = await read("two-column-section.doc");
    expect(doc.pages[0].columns).toBe(2);
    expect(codes(doc)).toEqual(["multi_column"]);
  });

  it("counts an inline picture", async () => {
    const doc = await read("images.doc");
    expect(finding(doc, "images")).toMatchObject({ count: 1 });
    expect(codes(doc)).toEqual(["images"]);
  });

  it("expands ligatures and collapses letter spacing", async () => {
    const lig = await read("ligatures.doc");
    expect(text(lig)).toContain("AWS Certified Data Engineer");
    expect(finding(lig, "ligatures")).toMatchObject({ count: 5 });
    const spaced = await read("letter-spacing.doc");
    expect(text(spaced)).toContain("ALEX RIVERA\nPROFILE");
    expect(finding(spaced, "letter_spacing")).toMatchObject({ count: 4 });
  });

  it("reads Chinese stored as Unicode", async () => {
    const doc = await read("chinese.doc");
    expect(text(doc)).toContain("电话：138-0013-8000 | 邮箱：li.ming@example.com | 北京");
    expect(text(doc)).toContain("负责数据平台的设计与开发，使用 Python 和 Kafka。");
  });

  it("is reached through extractDocument by sniffing the bytes", async () => {
    expect((await extractDocument(bytes("simple.doc"))).format).toBe("doc");
  });
});

describe("readDoc: Word 95 files with 8-bit legacy code pages", () => {
  it("decodes GBK Chinese, taking the code page from the document language", async () => {
    const doc = await read("chinese-gbk-word95.doc");
    const t = text(doc);
    expect(t).toContain("李明");
    expect(t).toContain("电话：138-0013-8000 | 邮箱：li.ming@example.com | 北京");
    expect(t).toContain("高级软件工程师，星云科技有限公司\t2020年1月 - 至今");
    expect(t).not.toMatch(/[\u00C0-\u00FF]{2}/);
  });

  it("decodes Windows-1251 Cyrillic, taking the code page from the font table", async () => {
    const doc = await read("russian-cp1251-word95.doc");
    expect(text(doc)).toContain("Алексей Смирнов");
    expect(text(doc)).toContain("Инженер данных, ООО «Северный ветер»");
  });
});

describe("readDoc: bad input", () => {
  it.each([
    ["encrypted-flag.doc", "encrypted"],
    ["encrypted-ooxml.docx", "encrypted"],
    ["truncated.doc", "corrupt"],
    ["cyclic-fat.doc", "corrupt"],
    ["not-word.doc", "unsupported_format"],
  ])("%s → InputError %s", async (name, code) => {
    expect(await inputError(read(name))).toBe(code);
  });

  it("routes an encrypted .docx (an OLE container) to the DOC reader, which refuses it", async () => {
    expect(await inputError(extractDocument(bytes("encrypted-ooxml.docx")))).toBe("encrypted");
  });
});
