/**
 * How to fix each ATS warning: one suggestion per warning code, its priority the warning's severity.
 * The warning message says what is wrong and why it matters; the action here is the edit to make.
 */
import type { Warning } from "../../report/schema";
import type { WarningCode } from "../../warnings/finding";
import { SEVERITY_PENALTY } from "../score";
import { draft, type Draft } from "./draft";

export const WARNING_FIX: Record<WarningCode, string> = {
  no_text_layer:
    "Export the resume from your word processor (File → Save as PDF, or Export) rather than scanning or printing it to an image; check that you can select the text.",
  garbled_text: "Re-export the PDF with a standard font (Calibri, Arial, Times New Roman, Garamond) embedded, then copy a line from it to check it pastes as readable text.",
  multi_column: "Move the sidebar content (skills, contact, education) into the main column, in one column from top to bottom.",
  tables: "Replace the table with plain lines: “Title, Company — Dates” then bullets; use tab stops, not cells, for alignment.",
  text_boxes: "Cut the text out of each text box or shape and paste it into the body of the document.",
  header_footer_content: "Move your name and contact details out of the page header or footer into the first lines of the body.",
  images: "Replace logos, charts, skill bars and icons with plain text (e.g. “Python — advanced”); keep a photo only where local custom expects one.",
  icon_glyphs: "Replace contact icons with words: “Email:”, “Phone:”, “LinkedIn:”.",
  ligatures: "Turn off ligatures in your editor (Word: Font → Advanced → Ligatures: None; LaTeX: \\usepackage{microtype} with \\DisableLigatures{encoding = *, family = *}) and export again.",
  letter_spacing: "Remove the character spacing from headings and names (Word: Font → Advanced → Spacing: Normal) so each word is printed as one word.",
  nonstandard_headings: "Rename sections to standard headings: Summary, Experience, Education, Skills, Projects, Certifications.",
  missing_email: "Add a professional email address in the body, on the line under your name.",
  missing_phone: "Add a phone number with country code in the body, on the line under your name.",
  long_document: "Cut to one page (two for ten years or more): shorten older roles to one line and keep the bullets that match the role.",
  unusual_bullets: "Use round bullets (•) or hyphens for lists instead of arrows, check marks or pictures.",
  date_format: "Write every date the same way, e.g. “Jan 2020 – Mar 2023” or “01/2020 – 03/2023”, with “Present” for a current role.",
  hidden_text: "Delete hidden text (white, tiny or off-page words); ATS vendors and recruiters treat it as keyword stuffing.",
  file_size: "Compress images or export again without embedded high-resolution pictures to get the file under 2 MB.",
};

export function warningSuggestions(warnings: readonly Warning[]): Draft[] {
  const seen = new Set<WarningCode>();
  const out: Draft[] = [];
  // Warnings come most severe first (lib/warnings/messages.ts), so the first of each code is its worst.
  for (const w of warnings) {
    if (w.severity === "info" || seen.has(w.code)) continue;
    seen.add(w.code);
    const pages = warnings.filter((x) => x.code === w.code && x.page !== null).map((x) => x.page);
    const where = pages.length > 0 && !/^page \d/i.test(w.evidence) ? `page ${[...new Set(pages)].join(", ")}: ` : "";
    out.push(draft(w.severity, "ats", w.message, WARNING_FIX[w.code], `${where}${w.evidence}`, SEVERITY_PENALTY[w.severity]));
  }
  return out;
}
