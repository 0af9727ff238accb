/** One page from pdf.js: its size and everything its operator list paints. */
import type { PDFDocumentProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { Box, Matrix } from "./geometry";
import { fontInfo, type PdfJsFont } from "./fonts";
import { attachLinks, linkAreas } from "./link-annotations";
import type { loadPdfJs } from "./load";
import { walkOperators, type OperatorList, type OpsTable } from "./operators";
import type { FontInfo, PageGraphics } from "./types";

type PdfJs = Awaited<ReturnType<typeof loadPdfJs>>;

export interface RawPage {
  number: number;
  width: number;
  height: number;
  box: Box;
  graphics: PageGraphics;
}

export type FontCache = Map<string, { info: FontInfo; raw: PdfJsFont | null }>;

export async function readPage(pdfjs: PdfJs, doc: PDFDocumentProxy, number: number, fonts: FontCache): Promise<RawPage> {
  const page = await doc.getPage(number);
  try {
    const viewport = page.getViewport({ scale: 1 });
    // Annotations (form fields, link boxes) are not page content an ATS reads.
    const list = await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE });
    const box = { x0: 0, y0: 0, x1: viewport.width, y1: viewport.height };
    const graphics = walkOperators(list as unknown as OperatorList, {
      ops: pdfjs.OPS as unknown as OpsTable,
      viewport: viewport.transform as Matrix,
      pageBox: box,
      font: (id) => {
        let cached = fonts.get(id);
        if (!cached) {
          let raw: PdfJsFont | null = null;
          try {
            raw = page.commonObjs.has(id) ? (page.commonObjs.get(id) as PdfJsFont) : null;
          } catch {
            raw = null;
          }
          cached = { info: fontInfo(id, raw), raw };
          fonts.set(id, cached);
        }
        return cached;
      },
    });
    attachLinks(graphics.glyphs, linkAreas(await readAnnotations(page), viewport.transform as Matrix));
    return { number, width: viewport.width, height: viewport.height, box, graphics };
  } finally {
    page.cleanup();
  }
}

/** A page's annotations; a damaged annotation array only costs the links. */
async function readAnnotations(page: Awaited<ReturnType<PDFDocumentProxy["getPage"]>>): Promise<unknown[]> {
  try {
    return await page.getAnnotations({ intent: "display" });
  } catch {
    return [];
  }
}
