/**
 * Piscina worker: runs the pipeline (lib/report/analyze-file.ts) off the main thread and, when the
 * web app asks, draws the first pages of a PDF (lib/extract/pdf/render-pages.ts).
 * Plain JavaScript on purpose: it is loaded from disk by path, the same way under `next start`
 * (which bundles server code but not this file), the CLI and the tests. The pipeline comes from
 * the pool's JavaScript bundle when there is one, else tsx compiles the TypeScript on the fly.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { workerData } from "node:worker_threads";

// pdf.js is plain JavaScript: imported from here it loads natively, outside tsx's namespace, where
// tsx would rewrite its 3 MB, and with source maps off for the moment, or Node would parse and keep
// its 3 MB of maps (tsx turns them on for our TypeScript's stack traces). About 15 MB per thread
// instead of 250. lib/extract/pdf/load.ts uses this loader when it exists; only PDFs load it.
globalThis.atsLoadPdfJs = async () => {
  const mapsWereOn = process.sourceMapsEnabled;
  process.setSourceMapsEnabled(false);
  try {
    return await Promise.all([import("pdfjs-dist/legacy/build/pdf.mjs"), import("pdfjs-dist/legacy/build/pdf.worker.mjs")]);
  } finally {
    process.setSourceMapsEnabled(mapsWereOn);
  }
};

// The pipeline as plain JavaScript when the pool could bundle it (server/pool/pipeline-bundle.ts),
// else its TypeScript compiled on the fly by tsx.
const bundle = workerData?.pipelineBundle ?? null;
const loadModule = async (bundled, source) => {
  if (bundle) return import(pathToFileURL(path.join(bundle, bundled)).href);
  const { tsImport } = await import("tsx/esm/api");
  return tsImport(source, import.meta.url);
};

const { analyzeFile } = await loadModule("analyze-file.mjs", "../../lib/report/analyze-file.ts");

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
    renderer ??= await loadModule("render-pages.mjs", "../../lib/extract/pdf/render-pages.ts");
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
