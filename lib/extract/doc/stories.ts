/**
 * Turns the raw text of Word binary stories (control characters included) into model blocks.
 *
 * In that text \r ends a paragraph, \x0b is a manual line break, \x07 ends a table cell, a row ends
 * with an extra mark (word-extractor rewrites it to \n), \x13 instruction \x14 result \x15 is a
 * field, \x01 an inline picture and \x08 the anchor of a drawn object.
 */
import type { Block, Line, TextSource } from "../model";
import { normalizeLineText, type NormalizeStats } from "../text-normalize";
import { TABLE_PARAGRAPH_END } from "./word97";

export interface RawStories {
  body: string;
  footnotes: string;
  /** One string per header story (first-page, odd, even… of each section). */
  headers: string[];
  footers: string[];
  endnotes: string;
  /** One string per text box in the body. */
  textboxes: string[];
  /** One string per text box in a header or footer. */
  headerTextboxes: string[];
  /** Pictures kept in the drawing layer (floating pictures). */
  floatingPictures: number;
  /** Most text columns a section declares. */
  columns: number;
  /** Page count the file stored at its last save, if any. */
  storedPages: number | null;
}

export interface Paragraph {
  /** Lines of the paragraph (split at manual line breaks), untrimmed. */
  lines: string[];
  inTable: boolean;
  /** The last paragraph of a table cell. */
  cellEnd: boolean;
  /** The mark ending a table row (no text of its own). */
  rowEnd: boolean;
}

export interface CleanStory {
  paragraphs: Paragraph[];
  /** Inline pictures (\x01). */
  pictures: number;
  /** Page and section breaks. */
  pageBreaks: number;
  /** The story as a plain reader sees it: fields resolved, control characters gone. */
  plain: string;
}

export function cleanStory(raw: string): CleanStory {
  const text = resolveFields(raw);
  const pictures = (text.match(/\x01/g) ?? []).length;
  const paragraphs: Paragraph[] = [];
  let current = "";
  let pageBreaks = 0;
  const push = (end: "body" | "table" | "cell") => {
    paragraphs.push({ lines: current.split("\x0b"), inTable: end !== "body", cellEnd: end === "cell", rowEnd: false });
    current = "";
  };
  for (const ch of text) {
    switch (ch) {
      case "\r":
        push("body");
        break;
      case TABLE_PARAGRAPH_END:
        push("table");
        break;
      case "\x07":
        push("cell");
        break;
      case "\n": {
        const previous = paragraphs[paragraphs.length - 1];
        if (!current && previous?.cellEnd) paragraphs.push({ lines: [], inTable: true, cellEnd: false, rowEnd: true });
        else push("body");
        break;
      }
      case "\x0c":
        pageBreaks++;
        push("body");
        break;
      case "\x0e": // column break
        push("body");
        break;
      case "\x1e": // non-breaking hyphen
        current += "-";
        break;
      case "\x09":
      case "\x0b":
        current += ch;
        break;
      default:
        // Other control characters are anchors and marks with no text of their own.
        if (ch >= " ") current += ch;
    }
  }
  if (current) push("body");
  const plain = paragraphs
    .filter((p) => !p.rowEnd)
    .map((p) => p.lines.join("\n"))
    .join("\n");
  return { paragraphs, pictures, pageBreaks, plain };
}

/** Field results replace fields (innermost first); instructions without a result vanish. */
function resolveFields(raw: string): string {
  let text = raw;
  for (let changed = true; changed; ) {
    changed = false;
    text = text.replace(/\x13[^\x13\x14\x15]*\x14?([^\x13\x14\x15]*)\x15/g, (_m, result: string) => {
      changed = true;
      return result;
    });
  }
  return text.replace(/\x13[^\x14\x15]*\x14?|\x15/g, "");
}

export interface TableFact {
  firstRow: string;
  layoutColumns: number;
}

/**
 * Blocks of one story: body paragraphs grouped between empty paragraphs, each table one block read
 * row by row. Tables found are reported through `tables`.
 */
export function storyBlocks(story: CleanStory, source: TextSource, stats: NormalizeStats, tables: TableFact[]): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  let table: Block | null = null;
  let row: string[][] = [];
  let cell: string[] = [];
  let fact: TableFact | null = null;

  const endTable = () => {
    if (table && table.lines.length) blocks.push(table);
    if (fact && !fact.firstRow && table?.lines.length) fact.firstRow = table.lines[0].text;
    table = null;
    fact = null;
  };

  for (const p of story.paragraphs) {
    if (p.inTable) {
      if (!table) {
        current = null;
        table = { source: source === "body" ? "table" : source, column: null, lines: [] };
        fact = { firstRow: "", layoutColumns: 0 };
        tables.push(fact);
      }
      if (p.rowEnd) {
        const texts = row.map((c) => c.join(" ").trim()).filter(Boolean);
        if (fact && !fact.firstRow && texts.length) fact.firstRow = texts.join(" | ");
        const columns = row.filter((c) => c.length >= 3).length;
        if (fact && columns >= 2) fact.layoutColumns = Math.max(fact.layoutColumns, columns);
        row = [];
        continue;
      }
      const lines = toLines(p.lines, stats);
      table.lines.push(...lines);
      cell.push(...lines.map((l) => l.text));
      if (p.cellEnd) {
        row.push(cell);
        cell = [];
      }
      continue;
    }
    endTable();
    const lines = toLines(p.lines, stats);
    if (!lines.length) {
      current = null;
      continue;
    }
    if (!current) {
      current = { source, column: null, lines: [] };
      blocks.push(current);
    }
    current.lines.push(...lines);
  }
  endTable();
  return blocks;
}

/** Bullets typed as characters mark a list item where the format has no list structure. */
const BULLET_START_RE = /^[\u2022\u25AA\u25CF\u25E6\u00B7\u2013\u27A2\u2023\u25A0\u25C6\u2043o*-]\s+\S|^[\uF0A7\uF0B7\uF0D8\uF076\uF0FC]/;

function toLines(raw: string[], stats: NormalizeStats): Line[] {
  const out: Line[] = [];
  for (const r of raw) {
    const trimmed = r.replace(/\u00A0/g, " ").replace(/[ \t]*\t[ \t]*/g, "\t").trim();
    if (!trimmed) continue;
    const text = normalizeLineText(trimmed, stats);
    out.push({
      text,
      spans: [{ text: trimmed, x: null, y: null, width: null, height: null, fontName: null, fontSize: null, bold: null, italic: null, icon: null, link: null }],
      page: null,
      x: null,
      y: null,
      width: null,
      height: null,
      fontSize: null,
      bold: null,
      listItem: BULLET_START_RE.test(trimmed),
      style: null,
    });
  }
  return out;
}
