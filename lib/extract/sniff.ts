/**
 * Decides the format from the bytes, never the file name: a renamed executable or a text file called
 * cv.pdf must be refused with a clear reason, not fed to a reader that crashes on it.
 */
import { fileTypeFromBuffer } from "file-type";
import { InputError } from "../errors";
import type { DocumentFormat } from "./model";

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export async function sniffFormat(bytes: Uint8Array): Promise<DocumentFormat> {
  if (bytes.length === 0) throw new InputError("empty_file");
  // PDF readers accept a header anywhere in the first KiB (some generators prepend junk).
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1");
  if (head.includes("%PDF-")) return "pdf";
  if (OLE_MAGIC.every((b, i) => bytes[i] === b)) return "doc";
  const type = await fileTypeFromBuffer(bytes);
  if (type?.ext === "docx") return "docx";
  if (type?.ext === "zip" || (bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    // A zip that file-type could not name: let the DOCX reader decide whether word/document.xml exists.
    return "docx";
  }
  const what = type ? `${type.mime}` : looksLikeText(bytes) ? "plain text" : "unknown binary data";
  throw new InputError("unsupported_format", `found ${what}`);
}

function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 512);
  let printable = 0;
  for (const b of sample) if (b === 9 || b === 10 || b === 13 || (b >= 32 && b < 127) || b >= 128) printable++;
  return printable / Math.max(sample.length, 1) > 0.95;
}
