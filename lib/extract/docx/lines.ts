/**
 * Turns the runs of one paragraph into model lines: one line per paragraph, split where the
 * paragraph has a manual line break, with spans per run formatting. DOCX has no geometry, so every
 * position field is null.
 */
import type { Line, Span } from "../model";
import { normalizeLineText, type NormalizeStats } from "../text-normalize";
import type { RunProps } from "./styles";

export type Piece = { kind: "text"; text: string; props: RunProps } | { kind: "break" };

export interface ParagraphInfo {
  style: string | null;
  listItem: boolean;
}

/** Lines of a paragraph; empty when it holds no visible text. */
export function buildLines(pieces: Piece[], info: ParagraphInfo, stats: NormalizeStats): Line[] {
  const lines: Line[] = [];
  let segment: Array<{ text: string; props: RunProps }> = [];
  const flush = () => {
    const line = toLine(segment, info, lines.length === 0, stats);
    if (line) lines.push(line);
    segment = [];
  };
  for (const piece of pieces) {
    if (piece.kind === "break") flush();
    else segment.push(piece);
  }
  flush();
  return lines;
}

/** The paragraph's text as a plain reader sees it: breaks as newlines, nothing normalised. */
export function rawParagraphText(pieces: Piece[]): string {
  return pieces.map((p) => (p.kind === "break" ? "\n" : p.text)).join("");
}

function toLine(
  segment: Array<{ text: string; props: RunProps }>,
  info: ParagraphInfo,
  first: boolean,
  stats: NormalizeStats,
): Line | null {
  const raw = segment.map((s) => s.text).join("");
  if (!raw.trim()) return null;
  const spans = mergeSpans(segment);
  return {
    // Tab runs padded with spaces are one gap between fields ("Company<tabs>Jan 2020").
    text: normalizeLineText(raw.replace(/\u00A0/g, " ").replace(/[ \t]*\t[ \t]*/g, "\t").trim(), stats),
    spans,
    page: null,
    x: null,
    y: null,
    width: null,
    height: null,
    fontSize: dominantSize(segment),
    bold: segment.every((s) => !/\S/.test(s.text) || s.props.bold === true),
    // A soft line break continues the same list item; only its first line carries the bullet.
    listItem: info.listItem && first,
    style: info.style,
  };
}

function mergeSpans(segment: Array<{ text: string; props: RunProps }>): Span[] {
  const spans: Span[] = [];
  for (const { text, props } of segment) {
    if (!text) continue;
    const fontName = props.font ?? null;
    const fontSize = props.halfPoints ? props.halfPoints / 2 : null;
    const bold = props.bold ?? false;
    const italic = props.italic ?? false;
    const link = props.link ?? null;
    const hidden = props.hidden ?? false;
    const last = spans[spans.length - 1];
    if (last && last.fontName === fontName && last.fontSize === fontSize && last.bold === bold && last.italic === italic && last.link === link && last.hidden === hidden) {
      last.text += text;
    } else {
      spans.push({ text, x: null, y: null, width: null, height: null, fontName, fontSize, bold, italic, icon: null, link, hidden });
    }
  }
  return spans;
}

/** The size carrying the most visible characters. */
function dominantSize(segment: Array<{ text: string; props: RunProps }>): number | null {
  const weight = new Map<number, number>();
  for (const { text, props } of segment) {
    if (!props.halfPoints) continue;
    const visible = text.replace(/\s/g, "").length;
    if (visible) weight.set(props.halfPoints, (weight.get(props.halfPoints) ?? 0) + visible);
  }
  let best: number | null = null;
  let bestWeight = 0;
  for (const [size, w] of weight) {
    if (w > bestWeight) {
      best = size;
      bestWeight = w;
    }
  }
  return best === null ? null : best / 2;
}
