/**
 * The PDF reader: bytes → the document model. pdf.js parses the file; we replay each page's operator
 * list to get every character with its geometry, font and colour, then rebuild lines, columns and
 * paragraphs ourselves and record what would trouble an ATS.
 */
import type { ExtractedDocument } from "../model";
import { InputError } from "../../errors";
import { settleActualText } from "./actual-text";
import { buildDocument } from "./build-document";
import { openPdf, toInputError } from "./load";
import { readMetadata } from "./metadata";
import { readPage, type FontCache, type RawPage } from "./read-page";

/** A resume takes tens of milliseconds; this only stops pathological files. */
const READ_TIMEOUT_MS = 30_000;

export async function readPdf(bytes: Uint8Array): Promise<ExtractedDocument> {
  // Read, never drawn: pdf.js need not build glyph outlines.
  const { pdfjs, doc } = await openPdf(bytes, { draw: false });
  const deadline = Date.now() + READ_TIMEOUT_MS;
  try {
    const metadata = await readMetadata(doc);
    const fonts: FontCache = new Map();
    const pages: RawPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      if (Date.now() > deadline) throw new InputError("timeout");
      pages.push(await readPage(pdfjs, doc, n, fonts));
    }
    return settleActualText(buildDocument(pages, metadata), bytes);
  } catch (error) {
    throw toInputError(error);
  } finally {
    await doc.destroy().catch(() => {});
  }
}
