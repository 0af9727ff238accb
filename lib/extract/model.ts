/**
 * The one document model every reader (pdf, docx, doc) returns.
 *
 * pages → blocks → lines → spans. Every field is present; `null` means "the format does not tell"
 * (a DOC file has no geometry, a DOCX has no page boundaries). Parse and analyze only ever see this
 * model, never the file format.
 */
import type { Finding } from "../warnings/finding";
import type { IconMeaning } from "./icon-meaning";

export type DocumentFormat = "pdf" | "docx" | "doc";

/** Where on the page a piece of text lives. Anything but `body` is at risk of being dropped by an ATS. */
export type TextSource = "body" | "header" | "footer" | "textbox" | "table" | "footnote";

/** A run of text with one font. Geometry is in PDF points, origin top-left of the page. */
export interface Span {
  text: string;
  x: number | null;
  y: number | null;
  width: number | null;
  height: number | null;
  fontName: string | null;
  fontSize: number | null;
  bold: boolean | null;
  italic: boolean | null;
  /**
   * Set on a span that is an icon glyph (a Font Awesome logo, a telephone symbol): what it stands
   * for. Its text is empty, or a tab when it separates two fields, since an ATS reads no word for
   * it. Null on text spans, and wherever the reader cannot tell (DOCX and DOC leave icons in the
   * text as symbol characters).
   */
  icon: IconMeaning | null;
  /** Target of a hyperlink covering the span ("https://github.com/jane", "mailto:…"), else null. */
  link: string | null;
  /**
   * Text a reader cannot see but an ATS reads: hidden formatting, white on white, microscopic, off
   * the page. It stays in the line text (what the ATS reads); the parser leaves it out.
   */
  hidden: boolean;
}

export interface Line {
  /**
   * The line's text, normalised for reading: ligatures expanded, letter-spaced words collapsed
   * (see text-normalize.ts). Spans keep the text as printed. A field break — a tab stop, a gap
   * wider than 1.5 em, an icon between two fields — is a tab.
   */
  text: string;
  spans: Span[];
  /** 1-based page number, or null where the format has no pages (DOCX, DOC). */
  page: number | null;
  x: number | null;
  y: number | null;
  width: number | null;
  height: number | null;
  /** Dominant font size of the line, in points. */
  fontSize: number | null;
  /** True when every non-space character is bold. */
  bold: boolean | null;
  /** True for paragraphs the source marks as a list item (DOCX numbering, a bullet glyph). */
  listItem: boolean;
  /** Paragraph style name where the format has one ("Heading 1", "Title"). */
  style: string | null;
}

export interface Block {
  source: TextSource;
  /** 0-based column index where columns were detected, else null. */
  column: number | null;
  lines: Line[];
}

export interface Page {
  /** 1-based. DOCX and DOC are one logical page per document section of flow; see `pageCount`. */
  number: number;
  width: number | null;
  height: number | null;
  /** Blocks in layout-aware reading order (columns one after another, top to bottom). */
  blocks: Block[];
  hasTextLayer: boolean;
  /** How many text columns the body of this page has (1 when unknown). */
  columns: number;
  imageCount: number;
}

export interface DocumentMetadata {
  title: string | null;
  author: string | null;
  producer: string | null;
  creator: string | null;
}

export interface ExtractedDocument {
  format: DocumentFormat;
  /** Rendered page count (PDF), or the count the document stores (DOCX app.xml), else 1. */
  pageCount: number;
  pages: Page[];
  /**
   * Text in the order a plain, layout-unaware ATS reads it: PDF content-stream order, DOCX/DOC body
   * only. Shown to the user to reveal scrambling; the parser uses the layout-aware blocks instead.
   */
  streamText: string;
  /** Layout facts worth reporting (two columns, a text box, an image-only page...). */
  findings: Finding[];
  metadata: DocumentMetadata;
}
