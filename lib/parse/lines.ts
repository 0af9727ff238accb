/**
 * The parser's view of the document: the reading-order lines with their offsets, typography and
 * block context, plus the body style every "is this emphasised?" question is measured against.
 */
import type { Block, ExtractedDocument, Span, TextSource } from "../extract/model";
import { readingText } from "../extract/reading-text";
import { collapseLetterSpacing, stripIconsKeepGaps } from "./text";

export interface ParseLine {
  /** Position in `ParsedText.lines`. */
  index: number;
  /** The line as it sits in the reading text. */
  raw: string;
  /** Icons removed, spaces collapsed (wide gaps kept as one tab), trimmed. */
  text: string;
  /** The model's spans: icon meanings and hyperlink targets live there. */
  spans: Span[];
  start: number;
  end: number;
  page: number | null;
  fontSize: number | null;
  bold: boolean | null;
  style: string | null;
  listItem: boolean;
  source: TextSource;
  /** First / last line of its block. */
  blockStart: boolean;
  blockEnd: boolean;
  /** Lines in its block. */
  blockSize: number;
  block: Block;
  x: number | null;
  y: number | null;
  height: number | null;
}

export interface BodyStyle {
  /** Most common font size by characters, or null when the format has none. */
  fontSize: number | null;
  /** True when most body characters are bold (then bold is no emphasis). */
  bold: boolean;
}

export interface ParsedText {
  text: string;
  /** `text` with what a reader cannot see (hidden spans) blanked out, offsets unchanged. */
  visibleText: string;
  lines: ParseLine[];
  body: BodyStyle;
}

export function parseLines(doc: ExtractedDocument): ParsedText {
  const reading = readingText(doc);
  let visibleText = reading.text;
  const lines: ParseLine[] = reading.lines.map((placed, index) => {
    const { line, block } = placed;
    const raw = reading.text.slice(placed.start, placed.end);
    const visible = withoutHidden(raw, line.spans);
    if (visible !== raw) visibleText = visibleText.slice(0, placed.start) + visible + visibleText.slice(placed.end);
    return {
      index,
      raw,
      // The parser reads what a person sees: hidden text (keyword stuffing) is left out.
      text: stripIconsKeepGaps(repairLigatures(visible === raw ? line.text : visible)),
      spans: line.spans,
      start: placed.start,
      end: placed.end,
      page: line.page,
      fontSize: line.fontSize,
      bold: line.bold,
      style: line.style,
      listItem: line.listItem,
      source: block.source,
      blockStart: placed.blockStart,
      blockEnd: false,
      blockSize: 0,
      block,
      x: line.x,
      y: line.y,
      height: line.height,
    };
  });
  // Block sizes and ends, counted over the lines that made it into the reading text.
  for (let i = 0; i < lines.length; ) {
    let j = i + 1;
    while (j < lines.length && !lines[j].blockStart) j++;
    for (let k = i; k < j; k++) lines[k].blockSize = j - i;
    lines[j - 1].blockEnd = true;
    i = j;
  }
  return { text: reading.text, visibleText, lines, body: bodyStyle(lines) };
}

/** The line with the text of its hidden spans blanked (spaces, so offsets stay put). */
function withoutHidden(raw: string, spans: Span[]): string {
  if (!spans.some((s) => s.hidden)) return raw;
  let out = raw;
  let from = 0;
  for (const s of spans) {
    const piece = s.text.trim();
    if (!piece) continue;
    const at = out.indexOf(piece, from);
    if (at < 0) continue;
    if (s.hidden) out = out.slice(0, at) + " ".repeat(piece.length) + out.slice(at + piece.length);
    from = at + piece.length;
  }
  return out;
}

/**
 * A ligature glyph the PDF font does not map comes out as U+0000 or U+FFFD inside a word
 * ("Certi\u0000cations"). "fi" is by far the most common ligature: read it as that for matching.
 */
function repairLigatures(text: string): string {
  return text.replace(/(?<=\p{L})[\u0000\uFFFD](?=\p{L})/gu, "fi");
}

function bodyStyle(lines: ParseLine[]): BodyStyle {
  const bySize = new Map<number, number>();
  let boldChars = 0;
  let knownBold = 0;
  for (const line of lines) {
    const n = line.text.length;
    if (line.fontSize != null) {
      const key = Math.round(line.fontSize * 2) / 2;
      bySize.set(key, (bySize.get(key) ?? 0) + n);
    }
    if (line.bold != null) {
      knownBold += n;
      if (line.bold) boldChars += n;
    }
  }
  let fontSize: number | null = null;
  let best = 0;
  for (const [size, n] of bySize) {
    if (n > best) [fontSize, best] = [size, n];
  }
  return { fontSize, bold: knownBold > 0 && boldChars / knownBold > 0.6 };
}

/** Text for matching a possible heading: icons gone, letter-spacing undone, bullets and numbering off. */
export function headingText(line: ParseLine): string {
  return collapseLetterSpacing(line.text.replace(/\t/g, "  "))
    .replace(/^[\p{P}\p{S}\s]+(?=\p{L})/u, (lead) => (/[【「(（[]/u.test(lead) ? lead : ""))
    .replace(/^(?:\d{1,2}|[IVX]{1,4})[.)]\s+/u, "")
    .trim();
}

/** Font size relative to the body, or null when either is unknown. */
export function sizeRatio(line: ParseLine, body: BodyStyle): number | null {
  if (line.fontSize == null || body.fontSize == null || body.fontSize <= 0) return null;
  return line.fontSize / body.fontSize;
}

/** Vertical gap to the previous line in units of this line's height; null without geometry. */
export function gapAbove(lines: ParseLine[], i: number): number | null {
  const line = lines[i];
  const prev = lines[i - 1];
  if (!prev || line.y == null || prev.y == null || line.page !== prev.page) return null;
  const h = line.height ?? line.fontSize;
  const prevBottom = prev.y + (prev.height ?? prev.fontSize ?? 0);
  if (!h) return null;
  return (line.y - prevBottom) / h;
}
