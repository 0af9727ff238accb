/**
 * Page pictures of a PDF, for the report page's "original" side: each page drawn by pdf.js onto an
 * @napi-rs/canvas canvas (pdf.js's own Node canvas factory) and encoded as an image.
 *
 * Separate from reading: only the web app asks for pictures (the CLI never pays for them), and the
 * report itself never carries them. Opens the file through the reader's loader, so the same
 * offline assets (CMaps, standard fonts, wasm decoders) and page limit apply.
 */
import type { PDFDocumentProxy, PDFPageProxy, PageViewport } from "pdfjs-dist/legacy/build/pdf.mjs";
import { openPdf } from "./load";

export type PageImageMime = "image/png" | "image/webp" | "image/jpeg";

/** A page picture before it is drawn: known in a few milliseconds, so a page can keep its space. */
export interface PlannedPageImage {
  /** 1-based page number. */
  page: number;
  /** Pixel size of the encoded picture. */
  width: number;
  height: number;
  mime: PageImageMime;
}

export interface PageImage extends PlannedPageImage {
  data: Uint8Array;
}

export interface RenderPagesOptions {
  /** Target width in pixels; the height follows the page's aspect ratio. */
  width?: number;
  /** Pages drawn at most (the first ones). */
  maxPages?: number;
  /**
   * Epoch milliseconds after which no further page is started: pictures are a nicety, and the
   * analysis they accompany must not run out of time because of them.
   */
  deadline?: number;
  mime?: PageImageMime;
  /** 0..1 for lossy formats (WebP, JPEG). */
  quality?: number;
}

export const PAGE_IMAGE_WIDTH = 900;
export const MAX_PAGE_IMAGES = 5;
/** A page this much taller than wide (a banner, a receipt roll) is clipped rather than drawn huge. */
const MAX_HEIGHT_RATIO = 3;

/** Canvas as pdf.js's Node canvas factory hands it out (an @napi-rs/canvas Canvas). */
interface NodeCanvas {
  width: number;
  height: number;
  toBuffer(mime: string, quality?: number): Uint8Array;
}

interface CanvasAndContext {
  canvas: NodeCanvas;
  context: CanvasRenderingContext2D;
}

interface CanvasFactory {
  create(width: number, height: number): CanvasAndContext;
  destroy(entry: CanvasAndContext): void;
}

/**
 * What `renderPdfPages` will draw with the same options, without drawing: opening a PDF and reading
 * its page boxes takes a few milliseconds, drawing takes tens per page.
 */
export async function planPdfPages(
  bytes: Uint8Array,
  options: Pick<RenderPagesOptions, "width" | "maxPages" | "mime"> = {},
): Promise<PlannedPageImage[]> {
  const width = Math.round(options.width ?? PAGE_IMAGE_WIDTH);
  const mime = options.mime ?? "image/png";
  const { doc } = await openPdf(bytes, { draw: false });
  try {
    const plan: PlannedPageImage[] = [];
    for (let n = 1; n <= Math.min(doc.numPages, options.maxPages ?? MAX_PAGE_IMAGES); n++) {
      plan.push({ page: n, ...pictureSize(await doc.getPage(n), width).pixels, mime });
    }
    return plan;
  } finally {
    await doc.destroy().catch(() => {});
  }
}

export async function renderPdfPages(bytes: Uint8Array, options: RenderPagesOptions = {}): Promise<PageImage[]> {
  const width = Math.round(options.width ?? PAGE_IMAGE_WIDTH);
  const maxPages = options.maxPages ?? MAX_PAGE_IMAGES;
  const mime = options.mime ?? "image/png";
  const { doc } = await openPdf(bytes);
  try {
    const images: PageImage[] = [];
    const count = Math.min(doc.numPages, maxPages);
    for (let n = 1; n <= count; n++) {
      if (options.deadline !== undefined && Date.now() > options.deadline) break;
      images.push(await renderPage(doc, n, width, mime, options.quality));
    }
    return images;
  } finally {
    await doc.destroy().catch(() => {});
  }
}

/** The viewport that draws `page` `width` pixels wide, and the picture's pixel size (very tall pages clipped). */
function pictureSize(page: PDFPageProxy, width: number): { viewport: PageViewport; pixels: { width: number; height: number } } {
  const natural = page.getViewport({ scale: 1 });
  const viewport = page.getViewport({ scale: width / natural.width });
  const pixelWidth = Math.max(1, Math.round(viewport.width));
  const pixelHeight = Math.max(1, Math.min(Math.round(viewport.height), pixelWidth * MAX_HEIGHT_RATIO));
  return { viewport, pixels: { width: pixelWidth, height: pixelHeight } };
}

async function renderPage(
  doc: PDFDocumentProxy,
  n: number,
  width: number,
  mime: PageImageMime,
  quality: number | undefined,
): Promise<PageImage> {
  const page = await doc.getPage(n);
  try {
    const { viewport, pixels } = pictureSize(page, width);
    const { width: pixelWidth, height: pixelHeight } = pixels;
    const factory = (doc as unknown as { canvasFactory: CanvasFactory }).canvasFactory;
    const entry = factory.create(pixelWidth, pixelHeight);
    try {
      // Transparent areas would show the page behind as black in some viewers: paint it white.
      entry.context.fillStyle = "#ffffff";
      entry.context.fillRect(0, 0, pixelWidth, pixelHeight);
      await page.render({
        canvasContext: entry.context,
        canvas: entry.canvas as unknown as HTMLCanvasElement,
        viewport,
      }).promise;
      const encoded = entry.canvas.toBuffer(mime, mime === "image/png" ? undefined : (quality ?? 0.85) * 100);
      return { page: n, width: pixelWidth, height: pixelHeight, mime, data: new Uint8Array(encoded.buffer, encoded.byteOffset, encoded.byteLength) };
    } finally {
      factory.destroy(entry);
    }
  } finally {
    page.cleanup();
  }
}
