/**
 * Piscina worker: runs the pipeline (lib/report/analyze-file.ts) off the main thread.
 * Plain JavaScript on purpose: it is loaded from disk by path, the same way under `next start`
 * (which bundles server code but not this file), the CLI and the tests; tsx compiles the
 * TypeScript pipeline on the fly.
 */
import { tsImport } from "tsx/esm/api";

const { analyzeFile } = await tsImport("../../lib/report/analyze-file.ts", import.meta.url);

/**
 * Errors cross the thread boundary as plain data: structured cloning keeps neither the class nor
 * the `code` of an InputError.
 * The options pass through unchanged, including `profile` (a plain, already validated profile
 * object, which survives the structured clone to this thread).
 * @param {{ bytes: Uint8Array, options: { fileName: string, role?: string, profile?: object, jobDescription?: string } }} task
 */
export default async function analyze({ bytes, options }) {
  try {
    return { ok: true, report: await analyzeFile(bytes, options) };
  } catch (error) {
    return { ok: false, error: serialiseError(error) };
  }
}

function serialiseError(error) {
  if (error instanceof Error) {
    const code = "code" in error && typeof error.code === "string" ? error.code : undefined;
    return { name: error.name, code, message: error.message, stack: error.stack };
  }
  return { name: "Error", code: undefined, message: String(error), stack: undefined };
}
