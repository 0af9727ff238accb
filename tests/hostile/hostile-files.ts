/**
 * Hostile files built in memory: too many pages, objects nested thousands deep, a content stream
 * that inflates to hundreds of megabytes, a Word package that declares a huge part, XML entity
 * tricks. Small to build, expensive (or fatal) to read naively.
 */
import JSZip from "jszip";
import { constants, deflateRawSync } from "node:zlib";
import { makeDocx } from "../server/make-docx";

const HELVETICA = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";

/** A PDF from its objects (1-based numbers in order), with a correct cross-reference table. */
export function buildPdf(objects: Array<string | Uint8Array>): Uint8Array<ArrayBuffer> {
  const parts: Buffer[] = [Buffer.from("%PDF-1.7\n")];
  const offsets: number[] = [];
  let pos = parts[0].length;
  objects.forEach((object, i) => {
    offsets.push(pos);
    const body = typeof object === "string" ? Buffer.from(object, "latin1") : Buffer.from(object);
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from("\nendobj\n")]);
    parts.push(chunk);
    pos += chunk.length;
  });
  const xref =
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` +
    offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("") +
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${pos}\n%%EOF\n`;
  parts.push(Buffer.from(xref));
  return new Uint8Array(Buffer.concat(parts));
}

function stream(content: Uint8Array | string, flate = false): Uint8Array {
  const data = typeof content === "string" ? Buffer.from(content, "latin1") : Buffer.from(content);
  const dict = `<< /Length ${data.length}${flate ? " /Filter /FlateDecode" : ""} >>\nstream\n`;
  return new Uint8Array(Buffer.concat([Buffer.from(dict), data, Buffer.from("\nendstream")]));
}

/** One page showing `text`; `pageExtra` goes into the page dictionary. */
export function onePagePdf(content: Uint8Array | string, { flate = false, pageExtra = "" } = {}): Uint8Array<ArrayBuffer> {
  return buildPdf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R ${pageExtra}>>`,
    stream(content, flate),
    HELVETICA,
  ]);
}

export const RESUME_CONTENT = "BT /F1 12 Tf 72 720 Td (Jane Doe) Tj 0 -16 Td (jane@example.com) Tj ET";

/** `pages` pages, each with one line of text. */
export function manyPagesPdf(pages: number): Uint8Array<ArrayBuffer> {
  const objects: Array<string | Uint8Array> = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    `<< /Type /Pages /Kids [${Array.from({ length: pages }, (_, i) => `${4 + 2 * i} 0 R`).join(" ")}] /Count ${pages} >>`,
    HELVETICA,
  ];
  for (let i = 0; i < pages; i++) {
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + 2 * i} 0 R >>`);
    objects.push(stream(`BT /F1 12 Tf 72 720 Td (Page ${i + 1}) Tj ET`));
  }
  return buildPdf(objects);
}

/** An array nested `depth` deep in the page dictionary: a recursive parser runs out of stack. */
export function deeplyNestedPdf(depth: number): Uint8Array<ArrayBuffer> {
  return onePagePdf(RESUME_CONTENT, { pageExtra: `/Junk ${"[".repeat(depth)}${"]".repeat(depth)} ` });
}

/**
 * A zlib stream that inflates to `copies` × `chunk`, about a thousandth of that in size, built
 * without compressing the whole: one deflate block ending on a full flush (byte-aligned, and no
 * reference before its own start) repeated, then an empty final block. pdf.js does not check the
 * trailing checksum.
 */
export function inflatingTo(chunk: Uint8Array, copies: number): Uint8Array {
  const block = deflateRawSync(chunk, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const header = Buffer.from([0x78, 0xda]);
  const finalEmptyBlock = Buffer.from([0x03, 0x00]);
  return new Uint8Array(Buffer.concat([header, ...Array.from({ length: copies }, () => block), finalEmptyBlock]));
}

/** A content stream of `megabytes` MB of spaces: nothing to show, all of it to scan. */
export function flateBombPdf(megabytes: number): Uint8Array<ArrayBuffer> {
  return onePagePdf(inflatingTo(Buffer.alloc(1024 * 1024, 0x20), megabytes), { flate: true });
}

/** A content stream drawing `megabytes` MB of tiny path segments: an operator list that never ends. */
export function operatorFloodPdf(megabytes: number): Uint8Array<ArrayBuffer> {
  const ops = Buffer.from("1 1 m 2 2 l S\n".repeat(Math.ceil((1024 * 1024) / 14))).subarray(0, 1024 * 1024 - ((1024 * 1024) % 14));
  return onePagePdf(inflatingTo(ops, megabytes), { flate: true });
}

/** One page showing a 4×4 picture whose dictionary says `/BitsPerComponent ${bitsPerComponent}`. */
export function imagePdf(bitsPerComponent: string): Uint8Array<ArrayBuffer> {
  const pixels = Buffer.alloc(48, 0x7f);
  const image = new Uint8Array(
    Buffer.concat([
      Buffer.from(`<< /Type /XObject /Subtype /Image /Width 4 /Height 4 /ColorSpace /DeviceRGB /BitsPerComponent ${bitsPerComponent} /Length ${pixels.length} >>\nstream\n`),
      pixels,
      Buffer.from("\nendstream"),
    ]),
  );
  const content = `q 120 0 0 120 400 600 cm /Im1 Do Q ${RESUME_CONTENT}`;
  return buildPdf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> /XObject << /Im1 6 0 R >> >> /Contents 4 0 R >>",
    stream(content),
    HELVETICA,
    image,
  ]);
}

// --- Word packages ---------------------------------------------------------------------------------

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A valid package whose word/document.xml is replaced by `xml`. */
export async function docxWithDocumentXml(xml: string): Promise<Uint8Array<ArrayBuffer>> {
  const zip = await JSZip.loadAsync(await makeDocx(["x"]));
  zip.file("word/document.xml", xml);
  return new Uint8Array(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
}

/** "Billion laughs": ten entities each expanding to ten of the previous one. */
export function billionLaughsXml(): string {
  const entities = ['<!ENTITY lol0 "lol">'];
  for (let i = 1; i < 10; i++) entities.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
  return `<?xml version="1.0"?><!DOCTYPE w:document [${entities.join("")}]><w:document ${W}><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>`;
}

/** An external entity that would read a file from the server. */
export function externalEntityXml(): string {
  return `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><w:document ${W}><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>`;
}

/** Tables nested `depth` deep. */
export function nestedTablesXml(depth: number): string {
  return `<w:document ${W}><w:body>${"<w:tbl><w:tr><w:tc>".repeat(depth)}<w:p><w:r><w:t>Jane Doe</w:t></w:r></w:p>${"</w:tc></w:tr></w:tbl>".repeat(depth)}</w:body></w:document>`;
}

/**
 * A small valid package whose central directory claims word/document.xml inflates to `bytes`
 * (checked before anything is inflated).
 */
export async function docxDeclaringSize(bytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const out = new Uint8Array(await makeDocx(["Jane Doe"]));
  const view = new DataView(out.buffer);
  let eocd = out.length - 22;
  while (eocd > 0 && view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  let p = view.getUint32(eocd + 16, true);
  for (let i = 0; i < view.getUint16(eocd + 10, true); i++) {
    const nameLength = view.getUint16(p + 28, true);
    const name = Buffer.from(out.subarray(p + 46, p + 46 + nameLength)).toString("utf8");
    if (name === "word/document.xml") view.setUint32(p + 24, bytes, true);
    p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return out;
}
