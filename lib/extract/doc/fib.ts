/**
 * The File Information Block at the start of the WordDocument stream: which Word wrote the file,
 * whether it is encrypted, where the text and its tables live.
 */
import { InputError } from "../../errors";

export interface FibBase {
  nFib: number;
  /** Language id of the document (a Windows LCID). */
  lid: number;
  /** Password protection or XOR obfuscation: the text cannot be read without the key. */
  encrypted: boolean;
  /** Fast-saved: the text is scattered in pieces described by a piece table. */
  complex: boolean;
  /** 1Table rather than 0Table holds the tables (Word 97 and later). */
  tableStream: "0Table" | "1Table";
}

const WORD_MAGIC = 0xa5ec;
/** Word 97 and later; anything from Word 6 (0x65) below this is the older layout. */
export const NFIB_WORD97 = 0xc0;
export const NFIB_WORD6 = 0x65;

export function readFibBase(wordDocument: Buffer): FibBase {
  if (wordDocument.length < 0x200 || wordDocument.readUInt16LE(0) !== WORD_MAGIC) {
    throw new InputError("corrupt", "the WordDocument stream does not start with a Word header");
  }
  const flags = wordDocument.readUInt16LE(0x0a);
  return {
    nFib: wordDocument.readUInt16LE(2),
    lid: wordDocument.readUInt16LE(6),
    encrypted: (flags & 0x0100) !== 0,
    complex: (flags & 0x0004) !== 0,
    tableStream: (flags & 0x0200) !== 0 ? "1Table" : "0Table",
  };
}

/** An (fc, lcb) pair of the Word 97 FibRgFcLcb97, by its index in that array. */
export function fcLcb97(wordDocument: Buffer, index: number): { fc: number; lcb: number } {
  const at = 0x9a + index * 8;
  if (at + 8 > wordDocument.length) return { fc: 0, lcb: 0 };
  return { fc: wordDocument.readUInt32LE(at), lcb: wordDocument.readUInt32LE(at + 4) };
}

/** Indexes into FibRgFcLcb97 ([MS-DOC] 2.5.6) of the structures this reader uses. */
export const FC = {
  stshf: 1,
  plcfSed: 6,
  plcfHdd: 11,
  plcfBteChpx: 12,
  plcfBtePapx: 13,
  dop: 31,
  plcSpaMom: 40,
  dggInfo: 50,
  plcftxbxTxt: 56,
  plcfHdrtxbxTxt: 58,
} as const;
