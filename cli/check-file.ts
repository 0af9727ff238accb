/** One file through the pool: its report, or the error object the contract prints for it. */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describeError, INPUT_ERROR_CODES } from "../lib/errors";
import type { ErrorReport, Report } from "../lib/report/schema";
import type { AnalyzePool } from "../server/pool/analyze-pool";

export type FileOutcome =
  | { ok: true; report: Report }
  | { ok: false; error: ErrorReport; /** For stderr: what went wrong, internal details included. */ reason: string };

export interface CheckFileOptions {
  role?: string;
  jobDescription?: string;
}

export async function checkFile(pool: AnalyzePool, file: string, options: CheckFileOptions): Promise<FileOutcome> {
  const name = path.basename(file);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    // No input code fits a file that cannot be opened at all; it is reported as internal with
    // the system's reason, which is safe to show on the user's own machine.
    const reason = `cannot open the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
    return { ok: false, reason, error: { file: { name, bytes: 0 }, error: { code: "internal", message: capitalise(reason) } } };
  }
  try {
    const report = await pool.analyze(bytes, { fileName: name, ...options });
    return { ok: true, report };
  } catch (error) {
    const { code, message } = describeError(error);
    const detail = error instanceof Error ? error.message : String(error);
    const reason = code === "internal" ? `${INPUT_ERROR_CODES.internal} (${detail})` : message;
    return { ok: false, reason, error: { file: { name, bytes: bytes.length }, error: { code, message } } };
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
