/**
 * Findings are the structured facts behind every warning: a code, where it was seen, and what.
 * Readers and parsers return them as data; the wording lives in `messages.ts`.
 */
export const WARNING_CODES = [
  "no_text_layer",
  "garbled_text",
  "multi_column",
  "tables",
  "text_boxes",
  "header_footer_content",
  "images",
  "icon_glyphs",
  "ligatures",
  "letter_spacing",
  "nonstandard_headings",
  "missing_email",
  "missing_phone",
  "long_document",
  "unusual_bullets",
  "date_format",
  "hidden_text",
  "file_size",
] as const;

export type WarningCode = (typeof WARNING_CODES)[number];

export type Severity = "high" | "medium" | "low" | "info";

export interface Finding {
  code: WarningCode;
  /** 1-based page where seen, or null where the format has no pages. */
  page: number | null;
  /** A short excerpt of the affected text, or a location such as "page 1, right column". */
  evidence: string;
  /** How many occurrences this finding stands for (e.g. 14 ligatures), at least 1. */
  count: number;
}

export function finding(code: WarningCode, evidence: string, page: number | null = null, count = 1): Finding {
  return { code, evidence: clip(evidence), page, count };
}

/** Evidence is shown inline in a report: keep it short, on one line. */
export function clip(text: string, max = 120): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}
