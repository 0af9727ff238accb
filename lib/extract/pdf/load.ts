/**
 * Opens a PDF with pdf.js (legacy build, runs in Node and worker threads without a DOM). pdf.js runs its
 * "worker" on the calling thread: the app already parallelises whole documents, and a nested worker per
 * PDF would only add start-up cost. Nothing is fetched from the network: CMaps, standard fonts and wasm
 * decoders are read from node_modules, and fonts are never turned into font faces.
 */
import { createRequire } from "node:module";
import path from "node:path";
import type { PDFDocumentProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import { InputError } from "../../errors";
import { CachedCMapReaderFactory, CachedFileFactory } from "./assets";
import { blankInvalidImageDepths } from "./image-depth-guard";

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");

/** Beyond this a file is not a resume; reading it would only burn time. */
export const MAX_PAGES = 50;
/** pdf.js is asynchronous throughout, so a stalled parse shows up as a promise that never settles. */
const OPEN_TIMEOUT_MS = 20_000;

let pdfjsPromise: Promise<PdfJs> | null = null;

/**
 * Loads pdf.js once per thread and registers its worker code in-thread. A host that runs this
 * TypeScript through tsx may import pdf.js natively instead and offer it as
 * `globalThis.atsLoadPdfJs` (the pool's worker does): tsx rewrites every module it loads, and
 * rewriting pdf.js's 3 MB of JavaScript costs a thread about 250 MB, against 15 MB native.
 */
export function loadPdfJs(): Promise<PdfJs> {
  pdfjsPromise ??= (async () => {
    const nativePush = Array.prototype.push;
    const hostLoader = (globalThis as { atsLoadPdfJs?: () => Promise<[PdfJs, unknown]> }).atsLoadPdfJs;
    const [pdfjs, worker] = hostLoader
      ? await hostLoader()
      : await Promise.all([import("pdfjs-dist/legacy/build/pdf.mjs"), import("pdfjs-dist/legacy/build/pdf.worker.mjs")]);
    restoreNativePush(nativePush);
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    pdfjs.GlobalWorkerOptions.workerSrc ||= "pdf.worker.mjs";
    guardStrayRejections();
    return pdfjs;
  })();
  return pdfjsPromise;
}

/**
 * The legacy build bundles core-js, which replaces Array.prototype.push for the whole thread with a
 * JavaScript version (over a corner case of lengths above 2^32 that no code here reaches). Every
 * push in pdf.js and in our pipeline then runs ~10× slower; measured, it cost about a tenth of a
 * PDF's analysis time. V8's own push is correct for every array we build.
 */
function restoreNativePush(nativePush: typeof Array.prototype.push): void {
  if (Array.prototype.push === nativePush) return;
  Object.defineProperty(Array.prototype, "push", { value: nativePush, writable: true, configurable: true, enumerable: false });
}

/** Exceptions pdf.js's worker code throws while parsing (all reported to us through the API as well). */
const PDFJS_ERRORS = new Set([
  "FormatError", "InvalidPDFException", "UnknownErrorException", "XRefEntryException", "XRefParseException",
  "MissingDataException", "PasswordException", "AbortException", "ResponseException", "ParserEOFException",
]);

/**
 * pdf.js's worker code runs on this thread, and on some malformed files it leaves a promise rejected
 * without a handler after the API call has already rejected with the same error. Node would crash
 * the process (or worker thread) for that. Such rejections are dropped; any other unhandled
 * rejection keeps Node's default fate when nobody else listens for them.
 */
function guardStrayRejections(): void {
  process.on("unhandledRejection", (reason) => {
    const error = reason as { name?: string; constructor?: { name?: string }; stack?: string } | null;
    const name = error?.constructor?.name ?? error?.name ?? "";
    if (PDFJS_ERRORS.has(name) && String(error?.stack ?? "").includes("pdf.worker")) return;
    if (process.listenerCount("unhandledRejection") === 1) throw reason;
  });
}

let assetDir: string | null = null;

/** node_modules/pdfjs-dist, found from this module, falling back to the working directory. */
function pdfjsDir(): string {
  if (assetDir) return assetDir;
  try {
    // import.meta.url is missing when this file is compiled to CommonJS (tsx without "type": "module").
    const from = typeof import.meta?.url === "string" ? import.meta.url : path.join(process.cwd(), "index.js");
    assetDir = path.dirname(createRequire(from).resolve("pdfjs-dist/package.json"));
  } catch {
    assetDir = path.join(process.cwd(), "node_modules", "pdfjs-dist");
  }
  return assetDir;
}

export interface OpenedPdf {
  pdfjs: PdfJs;
  doc: PDFDocumentProxy;
}

export interface OpenPdfOptions {
  /**
   * Whether pages will be drawn (render-pages.ts). Without a platform font loader (Node), pdf.js
   * draws text as glyph outlines, and builds the outline of every glyph a page shows while it
   * reads the page, whether or not anything is drawn: about a tenth of the time of reading a PDF
   * for its text. Reading only, the fonts go to a font set that accepts and ignores them, and
   * pdf.js skips the outlines; fonts, their data and every glyph's text and geometry are the same.
   */
  draw?: boolean;
}

export async function openPdf(bytes: Uint8Array, { draw = true }: OpenPdfOptions = {}): Promise<OpenedPdf> {
  const pdfjs = await loadPdfJs();
  const dir = pdfjsDir();
  if (!draw) installNullFontFace();
  // pdf.js transfers (detaches) the buffer it is given: hand it a copy so the caller's stays usable.
  // A plain Uint8Array: pdf.js refuses a Node Buffer, which `bytes.slice()` would keep it.
  const data = new Uint8Array(bytes);
  blankInvalidImageDepths(data);
  const task = pdfjs.getDocument({
    data,
    cMapUrl: path.join(dir, "cmaps") + path.sep,
    cMapPacked: true,
    standardFontDataUrl: path.join(dir, "standard_fonts") + path.sep,
    wasmUrl: path.join(dir, "wasm") + path.sep,
    iccUrl: path.join(dir, "iccs") + path.sep,
    CMapReaderFactory: CachedCMapReaderFactory,
    StandardFontDataFactory: CachedFileFactory,
    WasmFactory: CachedFileFactory,
    disableFontFace: draw,
    ...(draw ? {} : { ownerDocument: NULL_FONT_DOCUMENT as unknown as Document }),
    // Keeps each font's encoding (glyph names): LaTeX's Font Awesome icons are only named there.
    fontExtraProperties: true,
    useSystemFonts: false,
    isEvalSupported: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    stopAtErrors: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new InputError("timeout")), OPEN_TIMEOUT_MS);
    });
    const doc = await Promise.race([task.promise, timeout]);
    if (doc.numPages > MAX_PAGES) {
      await doc.destroy();
      throw new InputError("too_many_pages", `${doc.numPages} pages`);
    }
    return { pdfjs, doc };
  } catch (error) {
    void task.destroy().catch(() => {});
    throw toInputError(error);
  } finally {
    clearTimeout(timer);
  }
}

/** A document whose font set accepts pdf.js's font faces and does nothing with them. */
const NULL_FONT_DOCUMENT = { fonts: { add() {}, delete() {} } };

/**
 * pdf.js creates a `FontFace` for each embedded font when the document has a font set. Node has no
 * such class: this one holds nothing and is "loaded" at once. Installed only where none exists, and
 * used only by documents opened for reading (a real FontFace would be unused there too).
 */
function installNullFontFace(): void {
  const scope = globalThis as { FontFace?: unknown };
  if (scope.FontFace !== undefined) return;
  scope.FontFace = class NullFontFace {
    readonly family: string;
    readonly loaded: Promise<NullFontFace>;
    constructor(family: string) {
      this.family = family;
      this.loaded = Promise.resolve(this);
    }
    load(): Promise<NullFontFace> {
      return this.loaded;
    }
  };
}

/** pdf.js names its fatal errors; everything it cannot parse is a damaged file to the user. */
export function toInputError(error: unknown): InputError {
  if (error instanceof InputError) return error;
  const name = (error as { name?: string } | null)?.name;
  if (name === "PasswordException") return new InputError("encrypted");
  const message = error instanceof Error ? error.message : String(error);
  return new InputError("corrupt", message.slice(0, 200));
}
