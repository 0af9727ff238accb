/**
 * Piscina worker: runs the pipeline (lib/report/analyze-file.ts) off the main thread and, when the
 * web app asks, draws the first pages of a PDF (lib/extract/pdf/render-pages.ts).
 * Plain JavaScript on purpose: it is loaded from disk by path, the same way under `next start`
 * (which bundles server code but not this file), the CLI and the tests; tsx compiles the
 * TypeScript pipeline on the fly.
 */
import { tsImport } from "tsx/esm/api";

const { analyzeFile } = await tsImport("../../lib/report/analyze-file.ts", import.meta.url);

/** Loaded on first use: the CLI never renders, and keeps its start-up cost down. */
let renderer = null;

/** WebP at this quality keeps text crisp at about 40 % of a PNG's size (measured on the fixtures). */
const PAGE_IMAGE = { mime: "image/webp", quality: 0.9 };

/**
 * Errors cross the thread boundary as plain data: structured cloning keeps neither the class nor
 * the `code` of an InputError.
 * The options pass through unchanged, including `profile` (a plain, already validated profile
 * object, which survives the structured clone to this thread).
 * @param {{ bytes: Uint8Array, options: { fileName: string, role?: string, profile?: object, jobDescription?: string }, renderPages?: { budgetMs: number } }} task
 */
export default async function analyze({ bytes, options, renderPages }) {
  const started = Date.now();
  let report;
  try {
    report = await analyzeFile(bytes, options);
  } catch (error) {
    return { ok: false, error: serialiseError(error) };
  }
  if (!renderPages || report.file.format !== "pdf") return { ok: true, report };
  return { ok: true, report, pages: await pageImages(bytes, started + renderPages.budgetMs) };
}

/** Pictures are a nicety next to the report: a page that cannot be drawn leaves the view without them. */
async function pageImages(bytes, deadline) {
  try {
    renderer ??= await tsImport("../../lib/extract/pdf/render-pages.ts", import.meta.url);
    return await renderer.renderPdfPages(bytes, { ...PAGE_IMAGE, deadline });
  } catch (error) {
    console.error("page images failed:", error instanceof Error ? error.message : error);
    return [];
  }
}

function serialiseError(error) {
  if (error instanceof Error) {
    const code = "code" in error && typeof error.code === "string" ? error.code : undefined;
    return { name: error.name, code, message: error.message, stack: error.stack };
  }
  return { name: "Error", code: undefined, message: String(error), stack: undefined };
}
