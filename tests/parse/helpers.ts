/**
 * Builds document models in code for parser tests: `docFromLines(["Jane Doe", "", "Experience", …])`.
 * An empty string starts a new block. A line may carry typography: `{ text, size, bold, list, style }`.
 * With `geometry: true` lines get PDF-like positions (a block break leaves a larger gap).
 */
import type { Block, DocumentFormat, ExtractedDocument, Line, Span } from "../../lib/extract/model";

export interface LineSpec {
  text: string;
  size?: number;
  bold?: boolean;
  list?: boolean;
  style?: string;
  source?: Block["source"];
  /** The line's spans (icon spans, links); by default none. */
  spans?: Span[];
}

export interface DocOptions {
  format?: DocumentFormat;
  /** Give lines page positions (PDF-like); off by default (DOCX-like paragraphs). */
  geometry?: boolean;
  /** Font size for lines that do not set one; null for none (DOC). */
  bodySize?: number | null;
  author?: string;
}

export function line(text: string, extra: Partial<Line> = {}): Line {
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

export function docFromLines(specs: (string | LineSpec)[], options: DocOptions = {}): ExtractedDocument {
  const bodySize = options.bodySize === undefined ? 10 : options.bodySize;
  const blocks: Block[] = [];
  let current: Block | null = null;
  let y = 40;
  for (const raw of specs) {
    const spec: LineSpec = typeof raw === "string" ? { text: raw } : raw;
    if (spec.text === "") {
      current = null;
      y += (bodySize ?? 10) * 0.8;
      continue;
    }
    if (!current || (spec.source && spec.source !== current.source)) {
      current = { source: spec.source ?? "body", column: null, lines: [] };
      blocks.push(current);
    }
    const size = spec.size ?? bodySize;
    const height = (size ?? 10) * 1.0;
    current.lines.push(
      line(spec.text, {
        page: options.geometry ? 1 : null,
        x: options.geometry ? 50 : null,
        y: options.geometry ? y : null,
        width: options.geometry ? spec.text.length * (size ?? 10) * 0.5 : null,
        height: options.geometry ? height : null,
        fontSize: size,
        bold: spec.bold ?? (bodySize == null ? null : false),
        listItem: spec.list ?? false,
        style: spec.style ?? null,
        spans: spec.spans ?? [],
      }),
    );
    y += (size ?? 10) * 1.25;
  }
  return {
    format: options.format ?? (options.geometry ? "pdf" : "docx"),
    pageCount: 1,
    pages: [{ number: 1, width: 612, height: 792, blocks, hasTextLayer: true, columns: 1, imageCount: 0 }],
    streamText: specs.map((s) => (typeof s === "string" ? s : s.text)).join("\n"),
    findings: [],
    metadata: { title: null, author: options.author ?? null, producer: null, creator: null },
  };
}

/** A heading line: bold and larger than the 10pt body. */
export function h(text: string): LineSpec {
  return { text, size: 13, bold: true };
}

/** A list item. */
export function li(text: string): LineSpec {
  return { text, list: true };
}

/** A span of text, or an icon span (empty text) when `icon` is given. */
export function span(text: string, extra: Partial<Span> = {}): Span {
  return { text, x: null, y: null, width: null, height: null, fontName: null, fontSize: null, bold: null, italic: null, icon: null, link: null, hidden: false, ...extra };
}
