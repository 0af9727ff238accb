/**
 * Whether header or footer blocks hold anything an ATS would lose by skipping them. Page numbering
 * ("Page 2 of 3", "第1页") loses nothing; a name or a phone number does.
 */
import type { Block } from "./model";
import { clip } from "../warnings/finding";

const NUMBERING_WORDS_RE = /(?<!\p{L})(page|pg|p|of|seite|von|página|pagina|de|sur|страница|из|页|第|共)(?!\p{L})\.?/giu;

/** The header/footer text to show as evidence, or "" when nothing would be lost. */
export function meaningfulHeaderFooterText(blocks: Block[]): string {
  const text = blocks.flatMap((b) => b.lines.map((l) => l.text)).join(" ").replace(/\s+/g, " ").trim();
  const letters = text.replace(NUMBERING_WORDS_RE, " ").replace(/[^\p{L}]/gu, "");
  return letters.length >= 2 ? clip(text, 100) : "";
}
