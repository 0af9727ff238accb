/**
 * Piscina worker: runs the pipeline (lib/report/analyze-file.ts) off the main thread (the default
 * task) and, for the web app, draws the first pages of a PDF (the `render` task,
 * lib/extract/pdf/render-pages.ts).
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

/** Loaded on first use: the CLI never draws pages, and keeps its start-up cost down. */
let renderer = null;
const pageRenderer = async () => (renderer ??= await loadModule("render-pages.mjs", "../../lib/extract/pdf/render-pages.ts"));

/**
 * JPEG at 0.8 keeps a resume's text crisp at 900 px for about 80 KB a page, and encodes in about
 * 30 ms a page against WebP's 70 and PNG's 150 (measured on the fixtures).
 */
const PAGE_IMAGE = { mime: "image/jpeg", quality: 0.8 };

/**
 * The default task: the report. For the web app's upload (`forUpload`) it comes as JSON text with
 * the fields the database indexes (analyze-pool.ts, SerializedReport), and a PDF's with the sizes
 * its page pictures will have (a few milliseconds), so the page keeps their space before they are
 * drawn. Errors cross the thread boundary as plain data: structured cloning keeps neither the class
 * nor the `code` of an InputError.
 * The options pass through unchanged; a profile (already validated) comes as JSON text.
 * @param {{ bytes: Uint8Array, options: { fileName: string, role?: string, jobDescription?: string }, profileJson?: string, forUpload?: boolean }} task
 */
export default async function analyze({ bytes, options, profileJson, forUpload }) {
  let report;
  try {
    report = await analyzeFile(bytes, profileJson ? { ...options, profile: parsedProfile(profileJson) } : options);
  } catch (error) {
    return { ok: false, error: serialiseError(error) };
  }
  if (!forUpload) return { ok: true, report };
  const { file, match, contact } = report;
  const serialized = { json: JSON.stringify(report), file, match: match && { profile: match.profile, score: match.score }, contact: { name: contact.name } };
  return { ok: true, serialized, pages: file.format === "pdf" ? await pictureSizes(bytes) : [] };
}

/**
 * The `render` task: pictures of a PDF's first pages, drawn after the upload was answered. Pages
 * not started by `deadline` (epoch ms) are left out; a failure gives no pictures, never an error.
 * @param {{ bytes: Uint8Array, deadline: number }} task
 */
export async function render({ bytes, deadline }) {
  try {
    return await (await pageRenderer()).renderPdfPages(bytes, { ...PAGE_IMAGE, deadline });
  } catch (error) {
    console.error("page images failed:", error instanceof Error ? error.message : error);
    return [];
  }
}

/** The last profile parsed, by its text: uploads mostly score against the same one. */
let lastProfile = { json: "", profile: null };
function parsedProfile(json) {
  if (lastProfile.json !== json) lastProfile = { json, profile: JSON.parse(json) };
  return lastProfile.profile;
}

/** Pictures are a nicety next to the report: a file whose pages cannot be sized gets none. */
async function pictureSizes(bytes) {
  try {
    return await (await pageRenderer()).planPdfPages(bytes, { mime: PAGE_IMAGE.mime });
  } catch {
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
