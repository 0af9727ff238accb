/**
 * Ligatures a PDF spells out with /ActualText. Chrome (Skia), and so Google Docs and most HTML-to-PDF
 * services, print "ﬁ" as one glyph inside a marked-content span `/Span <</ActualText (fi)>> BDC … EMC`:
 * extractors that honour ActualText (poppler's pdftotext among them) read "fi", so the ligature
 * costs an ATS nothing. pdf.js drops those properties from its operator list, so the page content
 * streams are scanned here for them — only when a document prints ligatures at all.
 */
import { inflateSync } from "node:zlib";
import type { ExtractedDocument } from "../model";
import type { Finding } from "../../warnings/finding";
import { expandLigature } from "./ligatures";

const EXPANSIONS = new Set(["ff", "fi", "fl", "ffi", "ffl", "st", "ft"]);
/** Content streams of a resume inflate to well under this; a larger total stops the scan. */
const MAX_INFLATED = 16 * 1024 * 1024;
/** Streams that are never page content: fonts, images, metadata, cross-reference and object streams. */
const NOT_CONTENT = /\/(?:Subtype\s*\/(?:Image|Type1C|CIDFontType0C|OpenType|XML)|Length[123]\b|Type\s*\/(?:XRef|ObjStm|Metadata|EmbeddedFile))/;
const ACTUAL_TEXT = /\/ActualText\s*(\((?:\\[\s\S]|[^\\)])*\)|<[0-9A-Fa-f\s]*>)/g;

/** How many ActualText spans in the file stand for a ligature's letters. */
export function countLigatureActualTexts(bytes: Uint8Array): number {
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // Streams stored uncompressed are read in place; compressed ones are inflated below.
  let count = countIn(raw.toString("latin1"));
  let budget = MAX_INFLATED;
  for (let at = raw.indexOf("stream", 0, "latin1"); at >= 0 && budget > 0; at = raw.indexOf("stream", at + 6, "latin1")) {
    if (raw.toString("latin1", Math.max(0, at - 3), at) === "end") continue;
    const dictStart = raw.lastIndexOf("<<", at, "latin1");
    if (dictStart < 0 || at - dictStart > 4096) continue;
    const dict = raw.toString("latin1", dictStart, at);
    if (!/\/FlateDecode/.test(dict) || NOT_CONTENT.test(dict)) continue;
    let start = at + 6;
    if (raw[start] === 0x0d) start++;
    if (raw[start] === 0x0a) start++;
    const end = raw.indexOf("endstream", start, "latin1");
    if (end < 0) break;
    try {
      const data = inflateSync(raw.subarray(start, end), { maxOutputLength: budget });
      budget -= data.length;
      count += countIn(data.toString("latin1"));
    } catch {
      // A damaged or truncated stream: pdf.js has already read what it could of it.
    }
    at = end;
  }
  return count;
}

function countIn(content: string): number {
  let n = 0;
  for (const m of content.matchAll(ACTUAL_TEXT)) if (EXPANSIONS.has(decodePdfString(m[1]))) n++;
  return n;
}

/** A PDF string (literal or hex; PDFDocEncoding or UTF-16BE with a byte-order mark) as text. */
export function decodePdfString(token: string): string {
  let bytes: number[];
  if (token.startsWith("<")) {
    const hex = token.slice(1, -1).replace(/\s+/g, "");
    bytes = [];
    for (let i = 0; i < hex.length; i += 2) bytes.push(parseInt(hex.slice(i, i + 2).padEnd(2, "0"), 16));
  } else {
    bytes = literalBytes(token.slice(1, -1));
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    let out = "";
    for (let i = 2; i + 1 < bytes.length; i += 2) out += String.fromCharCode((bytes[i] << 8) | bytes[i + 1]);
    return out;
  }
  return String.fromCharCode(...bytes);
}

const ESCAPES: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12, "(": 40, ")": 41, "\\": 92 };

function literalBytes(body: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch !== "\\") {
      out.push(ch.charCodeAt(0) & 0xff);
      continue;
    }
    const next = body[++i];
    if (next === undefined) break;
    if (next in ESCAPES) out.push(ESCAPES[next]);
    else if (/[0-7]/.test(next)) {
      let oct = next;
      while (oct.length < 3 && /[0-7]/.test(body[i + 1] ?? "")) oct += body[++i];
      out.push(parseInt(oct, 8) & 0xff);
    } else if (next === "\r" || next === "\n") {
      if (next === "\r" && body[i + 1] === "\n") i++;
    } else out.push(next.charCodeAt(0) & 0xff);
  }
  return out;
}

/**
 * Drops the findings the file's ActualText spans account for: ligature glyphs first, then glyphs
 * with no Unicode at all (a ligature the font does not map, "Pro�les", which the span spells
 * "fi"), whole findings in page order. When every ligature is accounted for, the stream text
 * spells them out as an extractor honouring ActualText reads them.
 */
export function settleActualText(doc: ExtractedDocument, bytes: Uint8Array): ExtractedDocument {
  const candidates = doc.findings.filter((f) => f.code === "ligatures" || f.code === "garbled_text");
  if (!candidates.length) return doc;
  let covered = countLigatureActualTexts(bytes);
  if (covered === 0) return doc;
  const dropped = new Set<Finding>();
  for (const code of ["ligatures", "garbled_text"] as const) {
    for (const f of candidates.filter((c) => c.code === code)) {
      if (f.count > covered) break;
      covered -= f.count;
      dropped.add(f);
    }
  }
  const allLigatures = candidates.every((f) => f.code !== "ligatures" || dropped.has(f));
  return {
    ...doc,
    findings: doc.findings.filter((f) => !dropped.has(f)),
    streamText: allLigatures ? expandLigature(doc.streamText) : doc.streamText,
  };
}
