/**
 * Findings of the DOC reader. DOC has no pages in our model, so every finding's page is null.
 */
import { describeGlyph, findIconGlyphs } from "../glyphs";
import { meaningfulHeaderFooterText } from "../header-footer-text";
import type { Block } from "../model";
import { normalizeFindings, type NormalizeStats } from "../text-normalize";
import { clip, finding, type Finding } from "../../warnings/finding";
import type { TableFact } from "./stories";

export interface DocFacts {
  header: Block[];
  footer: Block[];
  textBoxes: Block[];
  tables: TableFact[];
  columns: number;
  pictures: number;
  blocks: Block[];
  stats: NormalizeStats;
}

export function docFindings(f: DocFacts): Finding[] {
  const out: Finding[] = [];
  if (f.textBoxes.length) {
    const evidence = f.textBoxes.map((b) => `"${clip(b.lines.map((l) => l.text).join(" "), 50)}"`).join(", ");
    out.push(finding("text_boxes", evidence, null, f.textBoxes.length));
  }
  const headerText = meaningfulHeaderFooterText(f.header);
  const footerText = meaningfulHeaderFooterText(f.footer);
  if (headerText || footerText) {
    out.push(finding("header_footer_content", [headerText && `header: ${headerText}`, footerText && `footer: ${footerText}`].filter(Boolean).join("; ")));
  }
  const tables = f.tables.filter((t) => t.firstRow);
  if (tables.length) {
    const what = `${tables.length} table${tables.length === 1 ? "" : "s"}`;
    out.push(finding("tables", `${what}, first row: ${clip(tables[0].firstRow, 80)}`, null, tables.length));
  }

  const columns: string[] = [];
  if (f.columns >= 2) columns.push(`${f.columns} text columns (section layout)`);
  for (const t of tables) if (t.layoutColumns >= 2) columns.push(`a table lays out ${t.layoutColumns} columns: ${clip(t.firstRow, 60)}`);
  if (columns.length) out.push(finding("multi_column", columns.join("; "), null, columns.length));

  if (f.pictures) out.push(finding("images", `${f.pictures} picture${f.pictures === 1 ? "" : "s"}`, null, f.pictures));
  const icons = f.blocks.flatMap((b) => b.lines.flatMap((l) => findIconGlyphs(l.text)));
  if (icons.length) out.push(finding("icon_glyphs", [...new Set(icons)].slice(0, 5).map(describeGlyph).join(" "), null, icons.length));
  out.push(...normalizeFindings(f.stats));
  return out;
}
