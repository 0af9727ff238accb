/**
 * Flattens a document into the reading-order text the parser works on, remembering where each line
 * sits in it so sections can be reported as character offsets into `ats.text`.
 */
import type { Block, ExtractedDocument, Line } from "./model";

export interface PlacedLine {
  line: Line;
  block: Block;
  /** Offset of the line's first character in `text`. */
  start: number;
  /** Offset just past the line's last character. */
  end: number;
  /** True for the first line of a block (a paragraph or layout region boundary precedes it). */
  blockStart: boolean;
}

export interface ReadingText {
  text: string;
  lines: PlacedLine[];
}

/** Lines joined by "\n"; blocks separated by a blank line. Empty lines are dropped. */
export function readingText(doc: ExtractedDocument): ReadingText {
  let text = "";
  const lines: PlacedLine[] = [];
  for (const page of doc.pages) {
    for (const block of page.blocks) {
      let first = true;
      for (const line of block.lines) {
        const content = line.text.replace(/\s+$/u, "");
        if (!content.trim()) continue;
        if (text) text += first ? "\n\n" : "\n";
        const start = text.length;
        text += content;
        lines.push({ line, block, start, end: text.length, blockStart: first });
        first = false;
      }
    }
  }
  return { text, lines };
}
