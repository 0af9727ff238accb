/**
 * Turns the raw text of Word binary stories (control characters included) into model blocks.
 *
 * In that text \r ends a paragraph, \x0b is a manual line break, \x07 ends a table cell, a row ends
 * with an extra mark (word-extractor rewrites it to \n), \x13 instruction \x14 result \x15 is a
 * field, \x01 an inline picture and \x08 the anchor of a drawn object. A HYPERLINK field's result is
 * kept between link marks (LINK_OPEN index LINK_TARGET … LINK_CLOSE) until the lines are built, so
 * its target lands on the span of the text it links.
 */
import type { Block, Line, Span, TextSource } from "../model";
import { normalizeLineText, type NormalizeStats } from "../text-normalize";
import { HEADING_PARAGRAPH_END, TABLE_PARAGRAPH_END, TITLE_PARAGRAPH_END } from "./word97";

export interface RawStories {
  body: string;
  footnotes: string;
  /** One string per header story (first-page, odd, even… of each section). */
  headers: string[];
  footers: string[];
  endnotes: string;
  /** One string per text box in the body. */
  textboxes: string[];
  /** Per text box, the body character position of the shape holding it, or null when unknown. */
  textboxAnchors: (number | null)[];
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
  /** Built-in paragraph style the file marks ("heading 1", "Title"), else null. */
  style: string | null;
}

export interface CleanStory {
  paragraphs: Paragraph[];
  /** Inline pictures (\x01). */
  pictures: number;
  /** Page and section breaks. */
  pageBreaks: number;
  /** The story as a plain reader sees it: fields resolved, control characters gone. */
  plain: string;
  /** Targets of its HYPERLINK fields, by the index their link marks carry. */
  links: string[];
  /** Text boxes anchored in the story (see `markAnchors`): the box and the paragraph holding its anchor. */
  anchors: { box: number; paragraph: number }[];
}

/** Stands for a text box's anchor in the raw story: BOX_ANCHOR, the box index, BOX_ANCHOR_END. */
const BOX_ANCHOR = "\x11";
const BOX_ANCHOR_END = "\x12";

/**
 * The raw story with the drawn-object anchor (\x08) at each given character position replaced by a
 * mark naming its text box, so the box's text can be read where the page shows it.
 */
export function markAnchors(raw: string, anchors: (number | null)[]): string {
  const byPosition = anchors
    .map((cp, box) => ({ cp, box }))
    .filter((a): a is { cp: number; box: number } => a.cp != null && raw[a.cp] === "\x08")
    .sort((a, b) => b.cp - a.cp);
  let out = raw;
  for (const { cp, box } of byPosition) out = `${out.slice(0, cp)}${BOX_ANCHOR}${box}${BOX_ANCHOR_END}${out.slice(cp + 1)}`;
  return out;
}

/** Control characters Word text never holds (0x10 is taken: TABLE_PARAGRAPH_END). */
const LINK_OPEN = "\x1a";
const LINK_TARGET = "\x1b";
const LINK_CLOSE = "\x1c";
const LINK_MARKS = /\x1a\d*|[\x1b\x1c]/g;
/** The target of a HYPERLINK field instruction; `\l` bookmarks are not links out. */
const HYPERLINK_FIELD = /^\s*HYPERLINK\s+(?!\\l)"?([^"\s]+)"?/i;

export function cleanStory(raw: string): CleanStory {
  const links: string[] = [];
  const text = resolveFields(raw, links);
  const pictures = (text.match(/\x01/g) ?? []).length;
  const paragraphs: Paragraph[] = [];
  let current = "";
  let pageBreaks = 0;
  const anchors: CleanStory["anchors"] = [];
  let anchorDigits: string | null = null;
  const push = (end: "body" | "table" | "cell", style: string | null = null) => {
    paragraphs.push({ lines: current.split("\x0b"), inTable: end !== "body", cellEnd: end === "cell", rowEnd: false, style });
    current = "";
  };
  for (const ch of text) {
    if (anchorDigits != null) {
      if (ch === BOX_ANCHOR_END && anchorDigits) anchors.push({ box: Number(anchorDigits), paragraph: paragraphs.length });
      const digit = ch >= "0" && ch <= "9";
      anchorDigits = digit ? anchorDigits + ch : null;
      if (digit || ch === BOX_ANCHOR_END) continue;
    }
    switch (ch) {
      case BOX_ANCHOR:
        anchorDigits = "";
        break;
      case "\r":
        push("body");
        break;
      case TABLE_PARAGRAPH_END:
        push("table");
        break;
      case HEADING_PARAGRAPH_END:
        push("body", "heading 1");
        break;
      case TITLE_PARAGRAPH_END:
        push("body", "Title");
        break;
      case "\x07":
        push("cell");
        break;
      case "\n": {
        const previous = paragraphs[paragraphs.length - 1];
        if (!current && previous?.cellEnd) paragraphs.push({ lines: [], inTable: true, cellEnd: false, rowEnd: true, style: null });
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
      case LINK_OPEN:
      case LINK_TARGET:
      case LINK_CLOSE:
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
    .join("\n")
    .replace(LINK_MARKS, "");
  return { paragraphs, pictures, pageBreaks, plain, links, anchors };
}

/**
 * Field results replace fields (innermost first); instructions without a result vanish. A
 * HYPERLINK field's target goes to `links`, its result between link marks.
 */
function resolveFields(raw: string, links: string[]): string {
  let text = raw;
  for (let changed = true; changed; ) {
    changed = false;
    text = text.replace(/\x13([^\x13\x14\x15]*)\x14?([^\x13\x14\x15]*)\x15/g, (_m, instr: string, result: string) => {
      changed = true;
      const target = HYPERLINK_FIELD.exec(instr)?.[1];
      if (!target || !result.trim()) return result;
      links.push(target);
      return `${LINK_OPEN}${links.length - 1}${LINK_TARGET}${result}${LINK_CLOSE}`;
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
 * row by row. Tables found are reported through `tables`. `boxes` holds the block of each text box
 * the story anchors: it follows the paragraph (or the table) holding its anchor, as in the DOCX reader.
 */
export function storyBlocks(
  story: CleanStory,
  source: TextSource,
  stats: NormalizeStats,
  tables: TableFact[],
  boxes: (Block | null)[] = [],
): Block[] {
  const blocks: Block[] = [];
  const pending: Block[] = [];
  const boxesAt = new Map<number, Block[]>();
  for (const a of story.anchors) {
    const box = boxes[a.box];
    if (box) boxesAt.set(a.paragraph, [...(boxesAt.get(a.paragraph) ?? []), box]);
  }
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
    blocks.push(...pending.splice(0));
  };

  for (const [index, p] of story.paragraphs.entries()) {
    const anchored = boxesAt.get(index);
    if (anchored) {
      // A box anchored in a table waits for the table's end; otherwise it ends the current block.
      pending.push(...anchored);
      if (!p.inTable) {
        endTable();
        const lines = toLines(p, stats, story.links);
        if (lines.length && !current) blocks.push((current = { source, column: null, lines: [] }));
        current?.lines.push(...lines);
        blocks.push(...pending.splice(0));
        current = null;
        continue;
      }
    }
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
      const lines = toLines(p, stats, story.links);
      table.lines.push(...lines);
      cell.push(...lines.map((l) => l.text));
      if (p.cellEnd) {
        row.push(cell);
        cell = [];
      }
      continue;
    }
    endTable();
    const lines = toLines(p, stats, story.links);
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

function toLines(paragraph: Paragraph, stats: NormalizeStats, links: string[]): Line[] {
  const out: Line[] = [];
  for (const r of paragraph.lines) {
    const marked = r.replace(/\u00A0/g, " ").replace(/[ \t]*\t[ \t]*/g, "\t").trim();
    const trimmed = marked.replace(LINK_MARKS, "");
    if (!trimmed.trim()) continue;
    const text = normalizeLineText(trimmed, stats);
    out.push({
      text,
      spans: linkedSpans(marked, links),
      page: null,
      x: null,
      y: null,
      width: null,
      height: null,
      fontSize: null,
      bold: null,
      listItem: BULLET_START_RE.test(trimmed),
      style: paragraph.style,
    });
  }
  return out;
}

/** A line's spans: one per stretch of text, cut where a hyperlink starts and ends. */
function linkedSpans(marked: string, links: string[]): Span[] {
  const span = (text: string, link: string | null): Span => ({
    text, x: null, y: null, width: null, height: null, fontName: null, fontSize: null, bold: null, italic: null, icon: null, link, hidden: false,
  });
  if (!marked.includes(LINK_OPEN)) return [span(marked, null)];
  const out: Span[] = [];
  for (const piece of marked.split(/(?=\x1a)|\x1c/)) {
    const m = /^\x1a(\d*)\x1b?/.exec(piece);
    const text = piece.replace(LINK_MARKS, "");
    if (text) out.push(span(text, m ? (links[Number(m[1])] ?? null) : null));
  }
  return out;
}
