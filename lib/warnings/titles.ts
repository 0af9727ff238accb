/**
 * A short name for each warning code, for lists and headings where the full message
 * (messages.ts) follows underneath.
 */
import type { WarningCode } from "./finding";

export const WARNING_TITLES: Record<WarningCode, string> = {
  no_text_layer: "Page with no text layer",
  garbled_text: "Unreadable characters",
  multi_column: "Columns side by side",
  tables: "Table layout",
  text_boxes: "Text boxes",
  header_footer_content: "Text in the header or footer",
  images: "Images",
  icon_glyphs: "Icon glyphs",
  ligatures: "Ligatures",
  letter_spacing: "Letter-spaced words",
  nonstandard_headings: "Unusual section headings",
  missing_email: "No e-mail address",
  missing_phone: "No phone number",
  long_document: "Long document",
  unusual_bullets: "Unusual bullet characters",
  date_format: "Mixed date formats",
  hidden_text: "Hidden text",
  file_size: "Large file",
};
