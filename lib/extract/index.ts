/** Entry point of the extract stage: bytes in, one document model out, whatever the format. */
import type { ExtractedDocument } from "./model";
import { sniffFormat } from "./sniff";
import { readPdf } from "./pdf";
import { readDocx } from "./docx";
import { readDoc } from "./doc";

export type { ExtractedDocument } from "./model";

export async function extractDocument(bytes: Uint8Array): Promise<ExtractedDocument> {
  const format = await sniffFormat(bytes);
  switch (format) {
    case "pdf":
      return readPdf(bytes);
    case "docx":
      return readDocx(bytes);
    case "doc":
      return readDoc(bytes);
  }
}
