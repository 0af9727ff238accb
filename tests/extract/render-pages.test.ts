import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { planPdfPages, renderPdfPages } from "../../lib/extract/pdf/render-pages";

const fixture = (name: string) => new Uint8Array(readFileSync(path.join("tests", "fixtures", "pdf", name)));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(data: Uint8Array): { width: number; height: number } {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe("renderPdfPages", () => {
  it("draws an A4 page as a PNG 900 px wide with the page's aspect ratio", async () => {
    const [image, ...rest] = await renderPdfPages(fixture("single-column.pdf"));
    expect(rest).toHaveLength(0);
    expect(image).toMatchObject({ page: 1, width: 900, mime: "image/png" });
    // A4 is 595.28 × 841.89 pt.
    expect(image.height).toBe(Math.round((900 * 841.89) / 595.28));
    expect([...image.data.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(pngSize(image.data)).toEqual({ width: image.width, height: image.height });
  });

  it("draws the text, not a blank page", async () => {
    const [image] = await renderPdfPages(fixture("single-column.pdf"), { width: 300 });
    const blank = await blankPng(300, image.height);
    // A white page compresses to almost nothing; a page of text does not.
    expect(image.data.byteLength).toBeGreaterThan(blank * 5);
  });

  it("stops at maxPages and at the deadline", async () => {
    const bytes = fixture("long-document.pdf");
    expect((await renderPdfPages(bytes, { width: 200 })).map((p) => p.page)).toEqual([1, 2, 3]);
    expect((await renderPdfPages(bytes, { width: 200, maxPages: 2 })).map((p) => p.page)).toEqual([1, 2]);
    expect(await renderPdfPages(bytes, { width: 200, deadline: Date.now() - 1 })).toEqual([]);
  });

  it("encodes WebP when asked", async () => {
    const [image] = await renderPdfPages(fixture("two-column.pdf"), { mime: "image/webp", quality: 0.9 });
    expect(image.mime).toBe("image/webp");
    expect(new TextDecoder().decode(image.data.subarray(0, 4))).toBe("RIFF");
    expect(new TextDecoder().decode(image.data.subarray(8, 12))).toBe("WEBP");
  });

  it("encodes JPEG when asked (the web app's pictures)", async () => {
    const [image] = await renderPdfPages(fixture("two-column.pdf"), { mime: "image/jpeg", quality: 0.8 });
    expect(image.mime).toBe("image/jpeg");
    expect([...image.data.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
  });

  it("plans the pictures it will draw, page and pixel size, without drawing", async () => {
    for (const name of ["long-document.pdf", "two-column.pdf", "single-column.pdf"]) {
      const bytes = fixture(name);
      const drawn = await renderPdfPages(bytes, { width: 300, mime: "image/jpeg" });
      const plan = await planPdfPages(bytes, { width: 300, mime: "image/jpeg" });
      expect(plan).toEqual(drawn.map(({ page, width, height, mime }) => ({ page, width, height, mime })));
    }
    expect((await planPdfPages(fixture("long-document.pdf"), { maxPages: 2 })).map((p) => p.page)).toEqual([1, 2]);
  });

  it("refuses an encrypted file the way the reader does", async () => {
    await expect(renderPdfPages(fixture("encrypted.pdf"))).rejects.toMatchObject({ code: "encrypted" });
  });
});

/** Size of a blank white PNG of the same dimensions, drawn by the same canvas. */
async function blankPng(width: number, height: number): Promise<number> {
  const { createCanvas } = (await import("@napi-rs/canvas")) as unknown as {
    createCanvas(w: number, h: number): { getContext(t: "2d"): CanvasRenderingContext2D; toBuffer(m: string): Uint8Array };
  };
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext("2d");
  ctx.fillStyle = "#fff";
  ctx.fillRect(0, 0, width, height);
  return canvas.toBuffer("image/png").byteLength;
}
