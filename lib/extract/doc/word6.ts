/**
 * Raw story text of a Word 6.0 / Word 95 file (word-extractor reads only Word 97 and later).
 *
 * These files keep everything in the WordDocument stream and store text as 8-bit characters in the
 * writer's ANSI code page, double-byte for Chinese, Japanese and Korean, one byte per character
 * position. The code page is never stated: we take it from the summary information, the font
 * table's character sets or the document language, in that order (see codepage.ts).
 */
import { InputError } from "../../errors";
import { chooseCodepage, codepageForCharset, codepageForLanguage, decodeCodepage } from "./codepage";
import type { FibBase } from "./fib";
import type { RawStories } from "./stories";

/** Word 6 FIB offsets (the Word 97 layout moved all of them). */
const FC_MIN = 0x18;
const FC_MAC = 0x1c;
const CCP = { text: 0x34, ftn: 0x38, hdd: 0x3c, mcr: 0x40, atn: 0x44, edn: 0x48, txbx: 0x4c, hdrTxbx: 0x50 };
const FONT_TABLE = 0xd0;
const CLX = 0x160;

export function readWord6(wordDocument: Buffer, fib: FibBase, summaryCodepage: number | null): RawStories & { codepage: number } {
  const u32 = (at: number) => wordDocument.readUInt32LE(at);
  const fcMin = u32(FC_MIN);
  const fcMac = u32(FC_MAC);
  if (fcMin > fcMac || fcMac > wordDocument.length) throw new InputError("corrupt", "the Word 6 text range lies outside the file");
  const codepage = chooseCodepage(summaryCodepage, fontCharsetCodepage(wordDocument), codepageForLanguage(fib.lid));

  // Byte i of `text` is character position i (the FC of CP i is fcMin + i unless fast-saved).
  const text = fib.complex ? pieceBytes(wordDocument) : wordDocument.subarray(fcMin, fcMac);
  const lengths = [CCP.text, CCP.ftn, CCP.hdd, CCP.mcr, CCP.atn, CCP.edn, CCP.txbx, CCP.hdrTxbx].map(u32);
  const stories: string[] = [];
  let at = 0;
  for (const length of lengths) {
    const end = Math.min(at + length, text.length);
    stories.push(at < end ? decodeCodepage(text.subarray(at, end), codepage) : "");
    at += length;
  }
  const [body, footnotes, headerStory, , , endnotes, textboxes, headerTextboxes] = stories;
  return {
    body,
    footnotes,
    // Word 6 header stories are not tagged header/footer here: all of it is reported as header.
    headers: headerStory ? [headerStory] : [],
    footers: [],
    endnotes,
    textboxes: textboxes ? [textboxes] : [],
    textboxAnchors: [],
    headerTextboxes: headerTextboxes ? [headerTextboxes] : [],
    floatingPictures: 0,
    columns: 1,
    storedPages: null,
    codepage,
  };
}

/** The first non-Western character set among the fonts (Word 6 FFN: size byte, flags, weight, chs). */
function fontCharsetCodepage(wordDocument: Buffer): number | null {
  const fc = wordDocument.readUInt32LE(FONT_TABLE);
  const lcb = wordDocument.readUInt32LE(FONT_TABLE + 4);
  if (lcb < 2 || fc + lcb > wordDocument.length) return null;
  const end = fc + Math.min(lcb, wordDocument.readUInt16LE(fc));
  for (let at = fc + 2; at + 5 < end; ) {
    const size = wordDocument[at] + 1;
    const codepage = codepageForCharset(wordDocument[at + 4]);
    if (codepage) return codepage;
    at += size;
  }
  return null;
}

/** A fast-saved file: concatenate the pieces of the piece table in character order. */
function pieceBytes(wordDocument: Buffer): Buffer {
  const fc = wordDocument.readUInt32LE(CLX);
  const lcb = wordDocument.readUInt32LE(CLX + 4);
  if (!lcb || fc + lcb > wordDocument.length) throw new InputError("corrupt", "the Word 6 piece table lies outside the file");
  let at = fc;
  const end = fc + lcb;
  // Skip property runs (type 1) to the piece table proper (type 2).
  while (at < end && wordDocument[at] === 1) at += 3 + wordDocument.readUInt16LE(at + 1);
  if (wordDocument[at] !== 2) throw new InputError("corrupt", "the Word 6 piece table is damaged");
  const size = wordDocument.readUInt32LE(at + 1);
  const plc = at + 5;
  const n = (size - 4) / 12;
  if (!Number.isInteger(n) || plc + size > wordDocument.length) throw new InputError("corrupt", "the Word 6 piece table is damaged");
  const parts: Buffer[] = [];
  for (let i = 0; i < n; i++) {
    const cpStart = wordDocument.readUInt32LE(plc + i * 4);
    const cpEnd = wordDocument.readUInt32LE(plc + (i + 1) * 4);
    const pieceFc = wordDocument.readUInt32LE(plc + (n + 1) * 4 + i * 8 + 2);
    if (cpEnd < cpStart || pieceFc + (cpEnd - cpStart) > wordDocument.length) throw new InputError("corrupt", "a Word 6 text piece lies outside the file");
    parts.push(wordDocument.subarray(pieceFc, pieceFc + (cpEnd - cpStart)));
  }
  return Buffer.concat(parts);
}
