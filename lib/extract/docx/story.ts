/**
 * Walks one WordprocessingML story (the body, a header or footer, a text box) into model blocks,
 * in the order Word lays them out, and records what an ATS would trip over on the way.
 *
 * Reading order: body paragraphs flow into blocks that break at empty paragraphs; a table is one
 * block (source "table") read row by row, cell by cell; a text box becomes its own block (source
 * "textbox") right after the paragraph or table that anchors it. Word writes every modern text box
 * twice (DrawingML in mc:Choice, VML in mc:Fallback); we read exactly one branch, so its text
 * appears once.
 */
import type { Block, Line, TextSource } from "../model";
import { classifyGlyph, decodeSymbolFont, describeGlyph, isIconFont, isPrivateUse, isSymbolFont } from "../glyphs";
import { addSample, type DocxFacts, type TableFact } from "./facts";
import { buildLines, rawParagraphText, type Piece } from "./lines";
import { isShading, type ParagraphProps, type RunProps, type StyleSheet } from "./styles";
import { drawingFilled, isWhite, vmlFilled, vmlSize } from "./shape-props";
import { attr, child, elements, textContent, type XmlElement } from "./xml";

export interface StoryContext {
  styles: StyleSheet;
  facts: DocxFacts;
  /** The page has a coloured background, so white text is visible. */
  pageColored: boolean;
  /** Page size in EMU, to tell a sidebar text box from a label. */
  pageEmu: { width: number; height: number };
  /** External hyperlink targets of the part being read, by relationship id. */
  links: ReadonlyMap<string, string>;
}

export interface StorySection {
  blocks: Block[];
  /** The w:sectPr that closes this section (body only). */
  sectPr: XmlElement | null;
  images: number;
}

/** Containers whose children are read as if they were the parent's. */
const TRANSPARENT_BLOCK = new Set(["w:customXml", "w:ins", "w:moveTo", "w:smartTag"]);
const TRANSPARENT_INLINE = new Set(["w:smartTag", "w:customXml", "w:ins", "w:moveTo", "w:dir", "w:bdo"]);
/** The target of a HYPERLINK field instruction (`HYPERLINK "https://…" \o "tip"`); `\l` bookmarks are not links out. */
const HYPERLINK_FIELD = /^\s*HYPERLINK\s+(?!\\l)"?([^"\s]+)"?/i;
const SKIPPED = new Set(["w:del", "w:moveFrom"]);
/** A text box this tall (share of the page) and this narrow (share of the width) is a sidebar. */
const SIDEBAR_MIN_HEIGHT = 0.4;
const SIDEBAR_MAX_WIDTH = 0.6;

export class StoryReader {
  readonly sections: StorySection[] = [{ blocks: [], sectPr: null, images: 0 }];
  /** Body text as a plain ATS reads it: each paragraph followed by a blank line (mammoth's raw text). */
  streamText = "";

  private current: Block | null = null;
  private table: Block | null = null;
  /** The outermost complex field being read: its instruction so far, and whether its result has started. */
  private field: { instr: string; link: string | null; result: boolean; depth: number } | null = null;
  private tableDepth = 0;
  private pendingBoxes: Block[] = [];
  private cellShaded: boolean[] = [];
  /** The outermost table being read, when it counts toward the tables finding. */
  private countedTable: TableFact | null = null;

  constructor(
    private readonly ctx: StoryContext,
    private readonly source: Exclude<TextSource, "table">,
    /** Inside a text box: whether the box paints a background (white text on it is visible). */
    private readonly boxFilled = false,
  ) {}

  /** Reads the children of w:body, w:hdr, w:ftr, w:txbxContent or w:tc. */
  readContainer(container: XmlElement): void {
    for (const el of elements(container)) {
      if (el.name === "w:p") this.paragraph(el);
      else if (el.name === "w:tbl") this.readTable(el);
      else if (el.name === "w:sdt") this.readContainer(child(el, "w:sdtContent") ?? el);
      else if (el.name === "mc:AlternateContent") this.readContainer(chooseBranch(el));
      else if (TRANSPARENT_BLOCK.has(el.name)) this.readContainer(el);
      else if (el.name === "w:sectPr") this.closeSection(el);
    }
  }

  /** Every block read, across sections. */
  allBlocks(): Block[] {
    this.flushBoxes();
    return this.sections.flatMap((s) => s.blocks);
  }

  finish(): void {
    this.flushBoxes();
  }

  private get section(): StorySection {
    return this.sections[this.sections.length - 1];
  }

  private closeSection(sectPr: XmlElement): void {
    this.flushBoxes();
    this.current = null;
    this.section.sectPr = sectPr;
    // A section's w:type says how it starts; the first section starts the document anyway.
    const type = attr(child(sectPr, "w:type"), "w:val") ?? "nextPage";
    if (this.sections.length > 1 && /^(nextPage|oddPage|evenPage)$/.test(type)) this.ctx.facts.pageBreaks++;
    this.sections.push({ blocks: [], sectPr: null, images: 0 });
  }

  private paragraph(p: XmlElement): void {
    const pPr = child(p, "w:pPr");
    const props = this.ctx.styles.paragraph(pPr);
    if (child(pPr, "w:pageBreakBefore") && attr(child(pPr, "w:pageBreakBefore"), "w:val") !== "0") this.ctx.facts.pageBreaks++;
    const pieces: Piece[] = [];
    const hidden: string[] = [];
    this.inline(p, props, pieces, hidden);
    if (hidden.length) {
      this.ctx.facts.hidden.count++;
      addSample(this.ctx.facts.hidden.samples, hidden.join(" "));
    }
    if (this.source === "body") this.streamText += `${rawParagraphText(pieces)}\n\n`;
    const lines = buildLines(pieces, { style: props.styleName, listItem: props.listItem }, this.ctx.facts.normalize);
    if (this.table) {
      this.table.lines.push(...lines);
    } else {
      if (lines.length) this.addLines(lines);
      else this.current = null;
      // A box sits where its anchor paragraph is (often an empty paragraph holding only the box).
      this.flushBoxes();
    }
    const sectPr = child(pPr, "w:sectPr");
    if (sectPr && !this.table) this.closeSection(sectPr);
  }

  private addLines(lines: Line[]): void {
    if (!this.current) {
      this.current = { source: this.source, column: null, lines: [] };
      this.section.blocks.push(this.current);
    }
    this.current.lines.push(...lines);
  }

  private flushBoxes(): void {
    if (!this.pendingBoxes.length) return;
    this.section.blocks.push(...this.pendingBoxes);
    this.pendingBoxes = [];
    this.current = null;
  }

  // ── tables ────────────────────────────────────────────────────────────────────────────────────

  private readTable(tbl: XmlElement): void {
    const outer = this.tableDepth === 0;
    const fact = { firstRow: "", nested: 0, layoutColumns: 0 };
    if (outer) {
      this.current = null;
      this.table = { source: this.source === "body" ? "table" : this.source, column: null, lines: [] };
    } else {
      if (this.countedTable) this.countedTable.nested++;
    }
    // Tables in headers, footers and notes are reported through those; the body's and boxes' count.
    if (outer && (this.source === "body" || this.source === "textbox")) {
      this.ctx.facts.tables.push(fact);
      this.countedTable = fact;
    }
    this.tableDepth++;
    const tblPr = child(tbl, "w:tblPr");
    const tblShaded = isShading(child(tblPr, "w:shd")) || this.ctx.styles.tableStyleShaded(attr(child(tblPr, "w:tblStyle"), "w:val"));
    let firstRow = true;
    for (const tr of unwrap(tbl, "w:tr")) {
      const cellParagraphs: number[] = [];
      const cellTexts: string[] = [];
      for (const tc of unwrap(tr, "w:tc")) {
        const before = this.table!.lines.length;
        this.cellShaded.push(tblShaded || isShading(child(child(tc, "w:tcPr"), "w:shd")));
        this.readContainer(tc);
        this.cellShaded.pop();
        const cellLines = this.table!.lines.slice(before);
        cellParagraphs.push(cellLines.length);
        cellTexts.push(cellLines.map((l) => l.text).join(" "));
      }
      if (outer && firstRow && cellTexts.some((t) => t.trim())) {
        fact.firstRow = cellTexts.filter((t) => t.trim()).join(" | ");
        firstRow = false;
      }
      // Side by side cells that each carry a column of text: the table is the page layout.
      const columns = cellParagraphs.filter((n) => n >= 3).length;
      if (outer && columns >= 2) fact.layoutColumns = Math.max(fact.layoutColumns, columns);
    }
    this.tableDepth--;
    if (outer) {
      const block = this.table!;
      this.table = null;
      if (block.lines.length) this.section.blocks.push(block);
      else if (this.countedTable === fact) this.ctx.facts.tables.pop();
      this.countedTable = null;
      this.current = null;
      this.flushBoxes();
    }
  }

  // ── runs ──────────────────────────────────────────────────────────────────────────────────────

  private inline(node: XmlElement, props: ParagraphProps, pieces: Piece[], hidden: string[]): void {
    for (const el of elements(node)) {
      if (el.name === "w:r") this.run(el, props, pieces, hidden);
      else if (el.name === "w:hyperlink") this.inline(el, withLink(props, this.ctx.links.get(attr(el, "r:id") ?? "") ?? null), pieces, hidden);
      else if (el.name === "w:fldSimple") this.inline(el, withLink(props, fieldLink(attr(el, "w:instr"))), pieces, hidden);
      else if (TRANSPARENT_INLINE.has(el.name)) this.inline(el, props, pieces, hidden);
      else if (el.name === "w:sdt") this.inline(child(el, "w:sdtContent") ?? el, props, pieces, hidden);
      else if (el.name === "mc:AlternateContent") this.inline(chooseBranch(el), props, pieces, hidden);
      else if (el.name === "m:oMath" || el.name === "m:oMathPara") {
        pieces.push({ kind: "text", text: mathText(el), props: props.run });
      }
    }
  }

  private run(r: XmlElement, paragraph: ParagraphProps, pieces: Piece[], hidden: string[]): void {
    const props = this.ctx.styles.run(paragraph, child(r, "w:rPr"));
    // Text shown by a HYPERLINK field links to its target, unless the run is in a w:hyperlink already.
    const link = paragraph.run.link ?? (this.field?.result ? this.field.link : null);
    this.runContent(r, link ? { ...props, link } : props, paragraph, pieces, hidden);
  }

  private runContent(r: XmlElement, props: RunProps, paragraph: ParagraphProps, pieces: Piece[], hidden: string[]): void {
    for (const el of elements(r)) {
      switch (el.name) {
        case "w:t":
          this.text(textContent(el), props, paragraph, pieces, hidden);
          break;
        case "w:tab":
        case "w:ptab":
          pieces.push({ kind: "text", text: "\t", props });
          break;
        case "w:br":
          if (attr(el, "w:type") === "page") this.ctx.facts.pageBreaks++;
          pieces.push({ kind: "break" });
          break;
        case "w:cr":
          pieces.push({ kind: "break" });
          break;
        case "w:fldChar":
          this.fieldChar(attr(el, "w:fldCharType"));
          break;
        case "w:instrText":
          if (this.field && !this.field.result && this.field.depth === 0) this.field.instr += textContent(el);
          break;
        case "w:lastRenderedPageBreak":
          this.ctx.facts.renderedPageBreaks++;
          break;
        case "w:noBreakHyphen":
          pieces.push({ kind: "text", text: "-", props });
          break;
        case "w:sym":
          this.symbol(el, props, pieces);
          break;
        case "w:drawing":
          this.drawing(el);
          break;
        case "w:pict":
        case "w:object":
          this.vml(el);
          break;
        case "mc:AlternateContent":
          this.runContent(chooseBranch(el), props, paragraph, pieces, hidden);
          break;
        case "w:ruby":
          // Phonetic guides (furigana) sit above the base text; the base text is what is written.
          this.inline(child(el, "w:rubyBase") ?? el, paragraph, pieces, hidden);
          break;
      }
    }
  }

  /** Complex fields: begin, instruction text, separate, the displayed result, end (outermost only). */
  private fieldChar(type: string | undefined): void {
    const f = this.field;
    if (type === "begin") {
      if (f) f.depth++;
      else this.field = { instr: "", link: null, result: false, depth: 0 };
    } else if (type === "separate" && f && f.depth === 0) {
      f.link = fieldLink(f.instr);
      f.result = true;
    } else if (type === "end" && f) {
      if (f.depth === 0) this.field = null;
      else f.depth--;
    }
  }

  private text(text: string, props: RunProps, paragraph: ParagraphProps, pieces: Piece[], hidden: string[]): void {
    if (!text) return;
    let out = text;
    if (isSymbolFont(props.font)) {
      out = "";
      for (const ch of text) out += this.glyph(decodeSymbolFont(props.font!, ch.codePointAt(0)!) ?? ch);
    } else if (isIconFont(props.font) || /[\uE000-\uF8FF]/.test(text)) {
      for (const ch of text) if (isPrivateUse(ch)) this.glyph(ch);
    }
    const invisible = this.isHidden(props, paragraph);
    if (/\S/.test(out) && invisible) hidden.push(out);
    pieces.push({ kind: "text", text: out, props: invisible ? { ...props, hidden: true } : props });
  }

  private symbol(sym: XmlElement, props: RunProps, pieces: Piece[]): void {
    const font = attr(sym, "w:font") ?? props.font ?? "Symbol";
    const code = parseInt(attr(sym, "w:char") ?? "", 16);
    if (!Number.isFinite(code)) return;
    const ch = decodeSymbolFont(font, code) ?? String.fromCodePoint(code);
    pieces.push({ kind: "text", text: this.glyph(ch), props: { ...props, font } });
  }

  /** Counts icon glyphs; returns the character unchanged. */
  private glyph(ch: string): string {
    if (classifyGlyph(ch) === "icon") {
      this.ctx.facts.icons.count++;
      addSample(this.ctx.facts.icons.samples, describeGlyph(ch), 5);
    }
    return ch;
  }

  /** Hidden formatting, a font of 2pt or less, or white text on nothing coloured. */
  private isHidden(props: RunProps, paragraph: ParagraphProps): boolean {
    if (props.vanish) return true;
    if (props.halfPoints !== undefined && props.halfPoints <= 4) return true;
    if (!isWhite(props.color)) return false;
    const background = props.shaded || paragraph.shaded || this.cellShaded.some(Boolean) || this.boxFilled || this.ctx.pageColored;
    return !background;
  }

  // ── drawings: pictures and text boxes ─────────────────────────────────────────────────────────

  private drawing(drawing: XmlElement): void {
    for (const frame of elements(drawing)) {
      const extent = child(frame, "wp:extent");
      const size = { cx: Number(attr(extent, "cx") ?? 0), cy: Number(attr(extent, "cy") ?? 0) };
      this.graphic(frame, size);
    }
  }

  private graphic(node: XmlElement, size: { cx: number; cy: number }): void {
    for (const el of elements(node)) {
      if (el.name === "pic:pic") this.image();
      else if (el.name === "a:graphicData" && /\/(chart|diagram)$/.test(attr(el, "uri") ?? "")) this.image();
      else if (el.name === "wps:wsp") this.shape(el, size);
      else this.graphic(el, size);
    }
  }

  private shape(wsp: XmlElement, size: { cx: number; cy: number }): void {
    const spPr = child(wsp, "wps:spPr");
    if (child(spPr, "a:blipFill")) this.image();
    const content = child(child(wsp, "wps:txbx"), "w:txbxContent");
    if (content) this.textBox(content, drawingFilled(wsp), size);
  }

  private vml(pict: XmlElement): void {
    for (const el of elements(pict)) {
      if (el.name === "v:imagedata") {
        this.image();
      } else if (el.name === "v:textbox") {
        const content = child(el, "w:txbxContent");
        if (content) this.textBox(content, vmlFilled(pict), vmlSize(pict));
      } else {
        this.vml(el);
      }
    }
  }

  private image(): void {
    this.ctx.facts.images++;
    this.section.images++;
  }

  private textBox(content: XmlElement, filled: boolean, size: { cx: number; cy: number }): void {
    const reader = new StoryReader(this.ctx, "textbox", filled || this.boxFilled);
    reader.readContainer(content);
    // Tables and nested boxes inside the box are read in place: the box is one block.
    const lines = reader.allBlocks().flatMap((b) => b.lines);
    this.section.images += reader.sections.reduce((n, s) => n + s.images, 0);
    if (!lines.length) return;
    // In a header or footer the box is header content: the header finding already covers it.
    if (this.source === "header" || this.source === "footer") {
      this.pendingBoxes.push({ source: this.source, column: null, lines });
      return;
    }
    const text = lines.map((l) => l.text).join(" ");
    const sidebar =
      size.cy >= SIDEBAR_MIN_HEIGHT * this.ctx.pageEmu.height && size.cx > 0 && size.cx <= SIDEBAR_MAX_WIDTH * this.ctx.pageEmu.width;
    this.ctx.facts.textBoxes.push({ text, sidebar: sidebar && lines.length >= 3 });
    this.pendingBoxes.push({ source: "textbox", column: null, lines });
  }
}

/** Paragraph properties whose runs carry a hyperlink target (unchanged without one). */
function withLink(props: ParagraphProps, link: string | null): ParagraphProps {
  return link ? { ...props, run: { ...props.run, link } } : props;
}

function fieldLink(instr: string | undefined): string | null {
  return HYPERLINK_FIELD.exec(instr ?? "")?.[1] ?? null;
}

/** One branch of an mc:AlternateContent: the first Choice (DrawingML), else the Fallback (VML). */
export function chooseBranch(alt: XmlElement): XmlElement {
  return child(alt, "mc:Choice") ?? child(alt, "mc:Fallback") ?? { name: "#empty", attrs: {}, children: [] };
}

/** Rows of a table or cells of a row, looking through content controls and custom XML wrappers. */
function unwrap(node: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const el of elements(node)) {
    if (el.name === name) out.push(el);
    else if (el.name === "w:sdt") out.push(...unwrap(child(el, "w:sdtContent") ?? el, name));
    else if (el.name === "w:customXml" || el.name === "w:ins" || el.name === "w:moveTo") out.push(...unwrap(el, name));
    else if (SKIPPED.has(el.name)) continue;
  }
  return out;
}

function mathText(node: XmlElement): string {
  let out = "";
  for (const el of elements(node)) out += el.name === "m:t" ? textContent(el) : mathText(el);
  return out;
}
