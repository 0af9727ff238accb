/** Title, author, producer and creator from the document info dictionary, falling back to XMP. */
import type { PDFDocumentProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { DocumentMetadata } from "../model";

const XMP: Record<keyof DocumentMetadata, string> = {
  title: "dc:title",
  author: "dc:creator",
  producer: "pdf:producer",
  creator: "xmp:creatortool",
};
const INFO: Record<keyof DocumentMetadata, string> = { title: "Title", author: "Author", producer: "Producer", creator: "Creator" };

export async function readMetadata(doc: PDFDocumentProxy): Promise<DocumentMetadata> {
  const out: DocumentMetadata = { title: null, author: null, producer: null, creator: null };
  try {
    const { info, metadata } = await doc.getMetadata();
    for (const key of Object.keys(out) as (keyof DocumentMetadata)[]) {
      const value = (info as Record<string, unknown>)?.[INFO[key]] ?? metadata?.get(XMP[key]);
      out[key] = clean(value);
    }
  } catch {
    // A broken info dictionary costs us the metadata, not the document.
  }
  return out;
}

function clean(value: unknown): string | null {
  const text = Array.isArray(value) ? value.join(", ") : typeof value === "string" ? value : null;
  const trimmed = text?.replace(/\s+/g, " ").trim();
  return trimmed ? trimmed : null;
}
