/**
 * Inputs too big to commit, built in memory from a committed fixture. Their expectations live with
 * the others (tests/fixtures/expected/), marked `"generated"`.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { FIXTURES } from "./expectations";

/** Over the 2 MB the report calls large (lib/report/analyze-file.ts). */
export const LARGE_FILE_BYTES = Math.round(2.3 * 1024 * 1024);

/** Bytes that do not compress, from a fixed seed so every run builds the same file. */
function noise(length: number, seed = 0x5eed): Uint8Array {
  const out = new Uint8Array(length);
  let s = seed >>> 0;
  for (let i = 0; i < length; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out[i] = s >>> 24;
  }
  return out;
}

/** simple.docx carrying a high-resolution "scan" in its media folder: `file_size`. */
async function largeFileDocx(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(readFileSync(path.join(FIXTURES, "docx", "simple.docx")));
  zip.file("word/media/scan.bin", noise(LARGE_FILE_BYTES), { date: new Date("2024-01-01T00:00:00Z"), compression: "STORE" });
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** Builders by fixture path (`<format>/<name>`), the path the expectation file names. */
export const GENERATED: Record<string, () => Promise<Uint8Array>> = {
  "docx/large-file.docx": largeFileDocx,
};
