/**
 * Turns what the DOCX walk noticed into findings. DOCX has no pages, so every finding's page is null.
 */
import type { Block } from "../model";
import { meaningfulHeaderFooterText } from "../header-footer-text";
import { normalizeFindings } from "../text-normalize";
import { clip, finding, type Finding } from "../../warnings/finding";
import type { DocxFacts } from "./facts";

export interface SectionColumns {
  columns: number;
  /** First words of the section's text, to show where. */
  firstWords: string;
}

export function docxFindings(
  facts: DocxFacts,
  headerFooter: { header: Block[]; footer: Block[] },
  sectionColumns: SectionColumns[],
): Finding[] {
  const out: Finding[] = [];

  const boxes = facts.textBoxes;
  if (boxes.length) {
    out.push(finding("text_boxes", boxes.map((b) => `"${clip(b.text, 50)}"`).join(", "), null, boxes.length));
  }

  const headerText = meaningfulHeaderFooterText(headerFooter.header);
  const footerText = meaningfulHeaderFooterText(headerFooter.footer);
  if (headerText || footerText) {
    const evidence = [headerText && `header: ${headerText}`, footerText && `footer: ${footerText}`].filter(Boolean).join("; ");
    out.push(finding("header_footer_content", evidence));
  }

  if (facts.tables.length) {
    const nested = facts.tables.reduce((n, t) => n + t.nested, 0);
    const total = facts.tables.length + nested;
    const what = `${total} table${total === 1 ? "" : "s"}${nested ? ` (${nested} nested)` : ""}`;
    out.push(finding("tables", `${what}, first row: ${clip(facts.tables[0].firstRow, 80)}`, null, total));
  }

  const columns: string[] = [];
  for (const s of sectionColumns) if (s.columns >= 2 && s.firstWords) columns.push(`${s.columns} text columns from "${s.firstWords}"`);
  for (const t of facts.tables) if (t.layoutColumns >= 2) columns.push(`a table lays out ${t.layoutColumns} columns: ${clip(t.firstRow, 60)}`);
  for (const b of boxes) if (b.sidebar) columns.push(`a sidebar text box: "${clip(b.text, 50)}"`);
  if (columns.length) out.push(finding("multi_column", columns.join("; "), null, columns.length));

  if (facts.images) out.push(finding("images", `${facts.images} picture${facts.images === 1 ? "" : "s"} or charts`, null, facts.images));
  if (facts.icons.count) out.push(finding("icon_glyphs", facts.icons.samples.join(" "), null, facts.icons.count));
  if (facts.hidden.count) {
    out.push(finding("hidden_text", facts.hidden.samples.map((s) => `"${clip(s, 40)}"`).join(", "), null, facts.hidden.count));
  }
  out.push(...normalizeFindings(facts.normalize));
  return out;
}
