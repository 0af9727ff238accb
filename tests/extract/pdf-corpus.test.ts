/**
 * The PDF reader against the hand-labelled corpus (../shared/corpus), when present: every two-column
 * resume is flagged multi_column and no single-column one is; every image-only PDF has no text layer.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readPdf } from "../../lib/extract/pdf";

const CORPUS = process.env.CORPUS_DIR ?? path.resolve(__dirname, "../../../shared/corpus");
const PDFS = path.join(CORPUS, "pdf");

interface Label {
  columns: number | null;
  text_layer: boolean;
  pages: number;
}

describe.skipIf(!existsSync(PDFS))("readPdf on the labelled corpus", () => {
  const files = existsSync(PDFS) ? readdirSync(PDFS).filter((f) => f.endsWith(".pdf")).sort() : [];
  for (const file of files) {
    it(file, async () => {
      const label: Label = JSON.parse(readFileSync(path.join(CORPUS, "labels", `${file}.json`), "utf8"));
      const doc = await readPdf(new Uint8Array(readFileSync(path.join(PDFS, file))));
      const codes = new Set(doc.findings.map((f) => f.code));
      expect(doc.pageCount).toBe(label.pages);
      if (label.columns === 2) expect(codes.has("multi_column")).toBe(true);
      if (label.columns === 1) expect(codes.has("multi_column")).toBe(false);
      expect(codes.has("no_text_layer")).toBe(label.text_layer === false);
      if (label.text_layer) expect(doc.pages.some((p) => p.blocks.length > 0)).toBe(true);
    });
  }
});
