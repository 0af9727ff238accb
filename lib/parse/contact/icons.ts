/**
 * Contact lines cut into fields, each with the icon that labels it and the hyperlink behind it.
 * Icons reach the parser two ways: as icon spans from the PDF reader (whose meaning the reader
 * worked out from the font), or as private-use characters left in the text (Word symbol fonts,
 * Font Awesome code points); the meaning tables live in lib/extract/icon-meaning.ts.
 */
import { iconMeaningOfCodePoint, type IconMeaning } from "../../extract/icon-meaning";
import type { Span } from "../../extract/model";

export type { IconMeaning } from "../../extract/icon-meaning";

/** What a private-use glyph stands for, when it is a known icon. */
export function iconMeaning(ch: string): IconMeaning | null {
  const cp = ch.codePointAt(0);
  return cp != null ? iconMeaningOfCodePoint(cp) : null;
}

export interface IconSegment {
  icon: IconMeaning | null;
  text: string;
}

export interface ContactSegment extends IconSegment {
  /** Hyperlink target behind (part of) the segment, e.g. from a PDF link annotation. */
  link: string | null;
}

/** Stands in for an icon span while the line is split; never part of a segment's text. */
const ICON_MARK = "\uE000";
const PRIVATE_USE = /^[\uE000-\uF8FF\u{F0000}-\u{FFFFD}]$/u;
// Icons, printed separators, wide gaps, spaced dashes and " , " (a space before the comma).
const SPLITTER = /[\uE000-\uF8FF\u{F0000}-\u{FFFFD}]|[|•·●◦▪■♦⋄∙‣\t\uFFFD]|\s{3,}|\s[–—]\s|\s,\s/gu;

interface Marks {
  /** Offsets of icon marks and what each icon means. */
  icons: Map<number, IconMeaning>;
  links: { start: number; end: number; url: string }[];
}

function split(raw: string, marks: Marks | null): ContactSegment[] {
  const out: ContactSegment[] = [];
  let icon: IconMeaning | null = null;
  let last = 0;
  const push = (end: number) => {
    const text = raw.slice(last, end).replace(/\s+/g, " ").trim();
    if (!text) return;
    const link = marks?.links.find((l) => l.start < end && l.end > last)?.url ?? null;
    out.push({ icon, text, link });
    icon = null;
  };
  // Cut points: separators, plus the edges of hyperlinks (two links side by side are two fields).
  const cuts: { at: number; length: number }[] = [...raw.matchAll(SPLITTER)].map((m) => ({ at: m.index, length: m[0].length }));
  for (const l of marks?.links ?? []) cuts.push({ at: l.start, length: 0 }, { at: l.end, length: 0 });
  cuts.sort((a, b) => a.at - b.at || b.length - a.length);
  for (const cut of cuts) {
    if (cut.at < last) continue;
    push(cut.at);
    last = cut.at + cut.length;
    const ch = raw.slice(cut.at, cut.at + cut.length);
    if (PRIVATE_USE.test(ch)) icon = marks?.icons.get(cut.at) ?? iconMeaning(ch) ?? "other";
  }
  push(raw.length);
  return out;
}

/**
 * Splits a contact line at icon glyphs and printed separators ("|", "•", "·", wide gaps), keeping
 * the meaning of the icon that leads each piece.
 */
export function contactSegments(raw: string): IconSegment[] {
  return split(raw, null).map(({ icon, text }) => ({ icon, text }));
}

/**
 * Like `contactSegments`, for a line of the document model: icon spans split the line and label the
 * field after them, and link targets are carried over. Falls back to the text alone when the spans
 * do not spell the line (a reader that normalised the text after building spans).
 */
export function lineSegments(raw: string, spans: Span[]): ContactSegment[] {
  const marked = markSpans(raw, spans);
  return marked ? split(marked.text, marked.marks) : split(raw, null);
}

function markSpans(raw: string, spans: Span[]): { text: string; marks: Marks } | null {
  if (!spans.some((s) => s.icon || s.link)) return null;
  let text = "";
  let plain = "";
  const marks: Marks = { icons: new Map(), links: [] };
  for (const s of spans) {
    if (s.icon) {
      marks.icons.set(text.length, s.icon);
      text += ICON_MARK;
      plain += s.text;
      continue;
    }
    if (s.link && !/^(?:mailto|tel):/i.test(s.link)) marks.links.push({ start: text.length, end: text.length + s.text.length, url: s.link });
    text += s.text;
    plain += s.text;
  }
  return plain.replace(/\s+$/u, "") === raw ? { text, marks } : null;
}
