/**
 * Development aid: rough documents for the corpus files before the real readers land — poppler's
 * `pdftotext -bbox-layout` (PDF), mammoth's HTML (DOCX) and word-extractor (DOC) — or the real
 * `extractDocument` with `real = true`. Not part of the product or the test suite.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import type { Block, ExtractedDocument, Line, Page } from "../../lib/extract/model";

function line(text: string, extra: Partial<Line> = {}): Line {
  return {
    text,
    spans: [],
    page: null,
    x: null,
    y: null,
    width: null,
    height: null,
    fontSize: null,
    bold: null,
    listItem: false,
    style: null,
    ...extra,
  };
}

function doc(format: ExtractedDocument["format"], pages: Page[]): ExtractedDocument {
  return {
    format,
    pageCount: pages.length,
    pages,
    streamText: "",
    findings: [],
    metadata: { title: null, author: null, producer: null, creator: null },
  };
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

/** pdftotext -bbox-layout: flows → blocks → lines → words with boxes. Font size ≈ word box height / 1.4. */
function pdfDoc(file: string): ExtractedDocument {
  const xml = execFileSync("pdftotext", ["-bbox-layout", file, "-"], { maxBuffer: 64 << 20 }).toString();
  const pages: Page[] = [];
  const pageRe = /<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g;
  for (const pm of xml.matchAll(pageRe)) {
    const number = pages.length + 1;
    const blocks: Block[] = [];
    for (const bm of pm[3].matchAll(/<block [^>]*>([\s\S]*?)<\/block>/g)) {
      const lines: Line[] = [];
      for (const lm of bm[1].matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)) {
        const words = [...lm[5].matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/word>/g)];
        const text = words.map((w) => decode(w[5])).join(" ");
        const heights = words.map((w) => Number(w[4]) - Number(w[2])).sort((a, b) => b - a);
        const x = Number(lm[1]);
        const y = Number(lm[2]);
        lines.push(
          line(text, {
            page: number,
            x,
            y,
            width: Number(lm[3]) - x,
            height: Number(lm[4]) - y,
            fontSize: Math.round((heights[Math.floor(heights.length / 2)] / 1.4) * 2) / 2,
            listItem: /^[•●▪■◦‣∙·–-]\s/u.test(text),
          }),
        );
      }
      if (lines.length) blocks.push({ source: "body", column: null, lines });
    }
    pages.push({
      number,
      width: Number(pm[1]),
      height: Number(pm[2]),
      blocks,
      hasTextLayer: blocks.length > 0,
      columns: 1,
      imageCount: 0,
    });
  }
  return doc("pdf", pages);
}

/** mammoth HTML: headings keep a style, <li> is a list item, all-<strong> paragraphs are bold. */
async function docxDoc(file: string): Promise<ExtractedDocument> {
  const mammoth = await import("mammoth");
  const { value } = await mammoth.convertToHtml({ buffer: readFileSync(file) });
  const lines: Line[] = [];
  for (const m of value.matchAll(/<(h[1-6]|p|li)>([\s\S]*?)<\/\1>/g)) {
    const inner = m[2].replace(/<(ul|ol)>[\s\S]*$/, "");
    const text = decode(inner.replace(/<br\s*\/?>/g, " ").replace(/<[^>]+>/g, "")).trim();
    if (!text) continue;
    const stripped = inner.replace(/<a [^>]*>|<\/a>/g, "");
    const bold = /^<strong>[\s\S]*<\/strong>$/.test(stripped.trim());
    lines.push(
      line(text, {
        bold,
        listItem: m[1] === "li",
        style: m[1].startsWith("h") ? `Heading ${m[1][1]}` : null,
      }),
    );
  }
  const blocks: Block[] = lines.map((l) => ({ source: "body", column: null, lines: [l] }));
  return doc("docx", [{ number: 1, width: null, height: null, blocks, hasTextLayer: true, columns: 1, imageCount: 0 }]);
}

async function docDoc(file: string): Promise<ExtractedDocument> {
  // @ts-expect-error word-extractor ships no types
  const WordExtractor = (await import("word-extractor")).default;
  const extracted = await new WordExtractor().extract(file);
  const blocks: Block[] = extracted
    .getBody()
    .split(/\r?\n/)
    .filter((t: string) => t.trim())
    .map((t: string) => ({ source: "body" as const, column: null, lines: [line(t.trim())] }));
  return doc("doc", [{ number: 1, width: null, height: null, blocks, hasTextLayer: true, columns: 1, imageCount: 0 }]);
}

export async function buildDocument(file: string, real: boolean): Promise<ExtractedDocument> {
  if (real) {
    const { extractDocument } = await import("../../lib/extract");
    return extractDocument(new Uint8Array(readFileSync(file)));
  }
  if (file.endsWith(".pdf")) return pdfDoc(file);
  if (file.endsWith(".docx")) return docxDoc(file);
  return docDoc(file);
}

