/**
 * Raw story text of a Word 97–2003 file, through word-extractor's piece-table logic (Unicode and
 * cp1252 pieces, deleted revisions blanked, header stories tagged), fed from our validated OLE
 * reader. We take the raw text, control characters included, because table cells (\x07),
 * pictures (\x01) and drawn objects (\x08) are only visible there.
 */
import WordOleExtractor from "word-extractor/lib/word-ole-extractor";
import { InputError } from "../../errors";
import type { CompoundFile } from "./cfb";
import { FC, fcLcb97, type FibBase } from "./fib";
import type { RawStories } from "./stories";

type WordPiece = WordOleExtractor["_pieces"][number];

class BufferedExtractor extends WordOleExtractor {
  constructor(private readonly streams: CompoundFile) {
    super();
  }
  documentStream(_document: unknown, name: string): Promise<unknown> {
    const data = this.streams.stream(name);
    return data ? Promise.resolve(data) : Promise.reject(new InputError("corrupt", `the ${name} stream is missing`));
  }
  streamBuffer(stream: unknown): Promise<Buffer> {
    return Promise.resolve(stream as Buffer);
  }
  writeParagraphProperties(wordDocument: Buffer, table: Buffer): void {
    super.writeParagraphProperties(wordDocument, table);
    markParagraphs(wordDocument, table, this._pieces);
  }
  /**
   * Replaces word-extractor's own pass, which takes every property whose low five bits are zero for
   * "deleted revision": character spacing (sprmCDxaSpace) with an odd value blanked the spaces and
   * words of files that condense or expand their text.
   */
  writeCharacterProperties(wordDocument: Buffer, table: Buffer): void {
    blankDeletedRuns(wordDocument, table, this._pieces);
  }
}

/** sprmCFRMarkDel ([MS-DOC] 2.6.1): the run is a deleted tracked change. */
const SPRM_C_FRMARKDEL = 0x0800;

/**
 * Overwrites deleted tracked changes with NUL (later dropped with the other control characters),
 * keeping every piece's length. Character runs live in CHPX pages: n+1 file positions, then one byte
 * per run giving the word offset of its property modifiers (0: default properties).
 */
function blankDeletedRuns(wordDocument: Buffer, table: Buffer, pieces: WordPiece[]): void {
  for (const fkp of diskPages(wordDocument, table, FC.plcfBteChpx)) {
    const runs = fkp[511];
    for (let j = 0; j < runs && (runs + 1) * 4 + j < 511; j++) {
      const offset = fkp[(runs + 1) * 4 + j] * 2;
      if (!offset || offset >= 511) continue;
      const grpprl = fkp.subarray(offset + 1, Math.min(offset + 1 + fkp[offset], 511));
      let deleted = false;
      for (const { sprm, operand } of sprms(grpprl)) if (sprm === SPRM_C_FRMARKDEL && (operand[0] & 1) === 1) deleted = true;
      if (deleted) blankFileRange(pieces, fkp.readUInt32LE(j * 4), fkp.readUInt32LE((j + 1) * 4));
    }
  }
}

/** NULs over the characters stored at file positions [start, end). */
function blankFileRange(pieces: WordPiece[], start: number, end: number): void {
  for (const piece of pieces) {
    const from = Math.max(start, piece.startFilePos);
    const to = Math.min(end, piece.endFilePos);
    if (from >= to) continue;
    const a = Math.floor((from - piece.startFilePos) / piece.bpc);
    const b = Math.ceil((to - piece.startFilePos) / piece.bpc);
    piece.text = piece.text.slice(0, a) + "\x00".repeat(b - a) + piece.text.slice(b);
  }
}

/** Stands in for the \r ending a paragraph that lies inside a table cell (Word never uses 0x10). */
export const TABLE_PARAGRAPH_END = "\x10";
/** Stand in for the \r ending a paragraph in a built-in heading style, or in the Title style. */
export const HEADING_PARAGRAPH_END = "\x1d";
export const TITLE_PARAGRAPH_END = "\x16";
const SPRM_P_FINTABLE = 0x2416;
/** Built-in style identifiers ([MS-DOC] 2.9.305): heading 1–9, Title. */
const STI_HEADING_1 = 1;
const STI_HEADING_9 = 9;
const STI_TITLE = 62;

/**
 * Paragraph properties the text alone does not show. Only the last paragraph of a cell ends with
 * the cell mark \x07; earlier paragraphs of the cell end with \r like body text. Their properties say
 * "in table" (sprmPFInTable): their \r becomes TABLE_PARAGRAPH_END. A body paragraph in a heading or
 * Title style (its style index names a built-in style, whatever the language of its name) ends with
 * HEADING_PARAGRAPH_END or TITLE_PARAGRAPH_END, so the reader can keep the style.
 */
function markParagraphs(wordDocument: Buffer, table: Buffer, pieces: WordPiece[]): void {
  const styles = styleIdentifiers(table, fcLcb97(wordDocument, FC.stshf));
  for (const fkp of diskPages(wordDocument, table, FC.plcfBtePapx)) {
    const runs = fkp[511];
    for (let j = 0; j < runs && (runs + 1) * 4 + j * 13 < 511; j++) {
      const offset = fkp[(runs + 1) * 4 + j * 13] * 2;
      if (!offset) continue;
      let size = fkp[offset] * 2 - 1;
      let start = offset + 1;
      if (fkp[offset] === 0) {
        size = fkp[offset + 1] * 2;
        start = offset + 2;
      }
      // grpprlInPapx: the style index (2 bytes), then the property modifiers.
      const sti = start + 2 <= 511 ? styles.get(fkp.readUInt16LE(start)) : undefined;
      const grpprl = fkp.subarray(start + 2, Math.min(start + size, 511));
      let inTable = false;
      for (const { sprm, operand } of sprms(grpprl)) if (sprm === SPRM_P_FINTABLE && operand[0] === 1) inTable = true;
      const fcEnd = fkp.readUInt32LE((j + 1) * 4);
      if (inTable) markParagraphEnd(pieces, fcEnd, TABLE_PARAGRAPH_END);
      else if (sti !== undefined && sti >= STI_HEADING_1 && sti <= STI_HEADING_9) markParagraphEnd(pieces, fcEnd, HEADING_PARAGRAPH_END);
      else if (sti === STI_TITLE) markParagraphEnd(pieces, fcEnd, TITLE_PARAGRAPH_END);
    }
  }
}

/**
 * The 512-byte formatted disk pages (FKPs) a bin table (PlcBteChpx, PlcBtePapx: n+1 file positions,
 * then n page numbers) points to.
 */
function* diskPages(wordDocument: Buffer, table: Buffer, index: number): Generator<Buffer> {
  const { fc, lcb } = fcLcb97(wordDocument, index);
  if (lcb < 12 || fc + lcb > table.length || (lcb - 4) % 8 !== 0) return;
  const n = (lcb - 4) / 8;
  for (let i = 0; i < n; i++) {
    const page = table.readUInt32LE(fc + (n + 1) * 4 + i * 4) & 0x3fffff;
    const fkp = wordDocument.subarray(page * 512, page * 512 + 512);
    if (fkp.length === 512) yield fkp;
  }
}

/** Rewrites the character just before file position `fcEnd` when it is a paragraph mark. */
function markParagraphEnd(pieces: WordPiece[], fcEnd: number, mark: string): void {
  for (const piece of pieces) {
    if (fcEnd <= piece.startFilePos || fcEnd > piece.endFilePos) continue;
    const index = (fcEnd - piece.startFilePos) / piece.bpc - 1;
    if (Number.isInteger(index) && piece.text[index] === "\r") {
      piece.text = piece.text.slice(0, index) + mark + piece.text.slice(index + 1);
    }
    return;
  }
}

/**
 * The built-in style identifier (sti) of each style index, from the stylesheet (STSH): its header
 * (cbStshi, then cstd), then one length-prefixed STD per style whose first 12 bits are the sti.
 */
function styleIdentifiers(table: Buffer, { fc, lcb }: { fc: number; lcb: number }): Map<number, number> {
  const out = new Map<number, number>();
  if (lcb < 4 || fc + lcb > table.length) return out;
  const cbStshi = table.readUInt16LE(fc);
  if (cbStshi < 2 || 2 + cbStshi > lcb) return out;
  const cstd = table.readUInt16LE(fc + 2);
  let at = fc + 2 + cbStshi;
  const end = fc + lcb;
  for (let istd = 0; istd < cstd && at + 2 <= end; istd++) {
    const cbStd = table.readUInt16LE(at);
    if (cbStd >= 2 && at + 2 + cbStd <= end) out.set(istd, table.readUInt16LE(at + 2) & 0x0fff);
    at += 2 + cbStd;
  }
  return out;
}

export async function readWord97(cfb: CompoundFile, wordDocument: Buffer, fib: FibBase): Promise<RawStories> {
  const table = cfb.stream(fib.tableStream);
  if (!table) throw new InputError("corrupt", `the ${fib.tableStream} stream is missing`);
  const extractor = new BufferedExtractor(cfb);
  try {
    await extractor.extractWordDocument(null, wordDocument);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError("corrupt", `the Word text cannot be read: ${(error as Error).message}`);
  }
  const b = extractor._boundaries;
  const range = (start: number, length: number) => (length > 0 ? textRange(extractor._pieces, start, start + length) : "");
  const starts = {
    ftn: b.ccpText,
    hdd: b.ccpText + b.ccpFtn,
    atn: b.ccpText + b.ccpFtn + b.ccpHdd,
  };
  const edn = starts.atn + b.ccpAtn;
  const txbx = edn + b.ccpEdn;
  const hdrTxbx = txbx + b.ccpTxbx;
  const tagged = extractor._taggedHeaders;
  return {
    body: range(0, b.ccpText),
    footnotes: range(starts.ftn, b.ccpFtn),
    headers: tagged.filter((s) => s.type === "headers").map((s) => s.text),
    footers: tagged.filter((s) => s.type === "footers").map((s) => s.text),
    endnotes: range(edn, b.ccpEdn),
    textboxes: splitStory(range(txbx, b.ccpTxbx), plcCps(table, fcLcb97(wordDocument, FC.plcftxbxTxt), 22)),
    textboxAnchors: textboxAnchors(table, wordDocument),
    headerTextboxes: splitStory(range(hdrTxbx, b.ccpHdrTxbx), plcCps(table, fcLcb97(wordDocument, FC.plcfHdrtxbxTxt), 22)),
    floatingPictures: blipStoreCount(table, fcLcb97(wordDocument, FC.dggInfo)),
    columns: sectionColumns(wordDocument, table, fcLcb97(wordDocument, FC.plcfSed)),
    storedPages: dopPageCount(table, fcLcb97(wordDocument, FC.dop)),
  };
}

/** DopBase.cPg: the page count Word stored at its last save (statistics, like docProps/app.xml). */
function dopPageCount(table: Buffer, { fc, lcb }: { fc: number; lcb: number }): number | null {
  const CPG_OFFSET = 0x2e;
  if (lcb < CPG_OFFSET + 2 || fc + lcb > table.length) return null;
  const pages = table.readInt16LE(fc + CPG_OFFSET);
  return pages > 0 ? pages : null;
}

/** Characters [start, end) of the piece table (word-extractor keeps each piece's decoded text). */
function textRange(pieces: Array<{ startCp: number; endCp: number; text: string }>, start: number, end: number): string {
  let out = "";
  for (const piece of pieces) {
    if (piece.endCp <= start || piece.startCp >= end) continue;
    out += piece.text.slice(Math.max(start - piece.startCp, 0), Math.min(end, piece.endCp) - piece.startCp);
  }
  return out;
}

/** FTXBXS ([MS-DOC] 2.9.87): 22 bytes per text box, the id of the shape holding it at byte 14. */
const FTXBXS_SIZE = 22;
const FTXBXS_LID = 14;
/** FSPA ([MS-DOC] 2.9.82): 26 bytes per shape anchored in the body, its shape id first. */
const FSPA_SIZE = 26;

/**
 * The body character position anchoring each text box, or null: the text box story lists the shape
 * id of each box, the body's shape anchors (PlcSpaMom) where each shape id sits in the text.
 */
function textboxAnchors(table: Buffer, wordDocument: Buffer): (number | null)[] {
  const shapes = plcItems(table, fcLcb97(wordDocument, FC.plcSpaMom), FSPA_SIZE);
  const at = new Map(shapes.items.map((item, i) => [item.readInt32LE(0), shapes.cps[i]]));
  const boxes = plcItems(table, fcLcb97(wordDocument, FC.plcftxbxTxt), FTXBXS_SIZE);
  return boxes.items.map((item) => at.get(item.readInt32LE(FTXBXS_LID)) ?? null);
}

/** A PLC's character positions and its data items. */
function plcItems(table: Buffer, where: { fc: number; lcb: number }, itemSize: number): { cps: number[]; items: Buffer[] } {
  const cps = plcCps(table, where, itemSize);
  const n = cps.length - 1;
  const items: Buffer[] = [];
  for (let i = 0; i < n; i++) items.push(table.subarray(where.fc + (n + 1) * 4 + i * itemSize, where.fc + (n + 1) * 4 + (i + 1) * itemSize));
  return { cps, items };
}

/** The character positions of a PLC (n+1 CPs followed by n data items of `itemSize` bytes). */
function plcCps(table: Buffer, { fc, lcb }: { fc: number; lcb: number }, itemSize: number): number[] {
  if (lcb < 4 || fc + lcb > table.length || (lcb - 4) % (4 + itemSize) !== 0) return [];
  const n = (lcb - 4) / (4 + itemSize);
  const cps: number[] = [];
  for (let i = 0; i <= n; i++) cps.push(table.readUInt32LE(fc + i * 4));
  return cps;
}

/**
 * Pictures stored in the drawing layer (floating pictures): the OfficeArt blip store inside the
 * drawing group container says in its instance field how many it holds.
 */
function blipStoreCount(table: Buffer, { fc, lcb }: { fc: number; lcb: number }): number {
  const DGG_CONTAINER = 0xf000;
  const BSTORE_CONTAINER = 0xf001;
  if (lcb < 8 || fc + lcb > table.length || table.readUInt16LE(fc + 2) !== DGG_CONTAINER) return 0;
  const end = Math.min(fc + 8 + table.readUInt32LE(fc + 4), fc + lcb);
  for (let at = fc + 8; at + 8 <= end; at += 8 + table.readUInt32LE(at + 4)) {
    if (table.readUInt16LE(at + 2) === BSTORE_CONTAINER) return table.readUInt16LE(at) >> 4;
  }
  return 0;
}

/**
 * One string per text box. The PLC lists where each box's text starts within the story; its last
 * entry is a placeholder past the end. Without a usable PLC the whole story is one box.
 */
function splitStory(story: string, cps: number[]): string[] {
  if (!story) return [];
  if (cps.length < 2) return [story];
  const boxes: string[] = [];
  for (let i = 0; i + 1 < cps.length; i++) {
    if (cps[i] >= story.length) break;
    boxes.push(story.slice(cps[i], Math.min(cps[i + 1], story.length)));
  }
  return boxes;
}

const SPRM_S_CCOLUMNS = 0x500b;

/** Most text columns any section declares (sprmSCcolumns holds columns − 1). */
function sectionColumns(wordDocument: Buffer, table: Buffer, { fc, lcb }: { fc: number; lcb: number }): number {
  const SED_SIZE = 12;
  if (lcb < 4 || fc + lcb > table.length || (lcb - 4) % (4 + SED_SIZE) !== 0) return 1;
  const n = (lcb - 4) / (4 + SED_SIZE);
  let columns = 1;
  for (let i = 0; i < n; i++) {
    const sepx = table.readInt32LE(fc + (n + 1) * 4 + i * SED_SIZE + 2);
    if (sepx <= 0 || sepx + 2 > wordDocument.length) continue;
    const size = wordDocument.readUInt16LE(sepx);
    const grpprl = wordDocument.subarray(sepx + 2, Math.min(sepx + 2 + size, wordDocument.length));
    for (const { sprm, operand } of sprms(grpprl)) {
      if (sprm === SPRM_S_CCOLUMNS && operand.length >= 2) columns = Math.max(columns, operand.readUInt16LE(0) + 1);
    }
  }
  return columns;
}

/** Property modifiers ([MS-DOC] 2.6): a 2-byte code whose top bits give the operand size. */
function* sprms(grpprl: Buffer): Generator<{ sprm: number; operand: Buffer }> {
  let at = 0;
  while (at + 2 <= grpprl.length) {
    const sprm = grpprl.readUInt16LE(at);
    at += 2;
    const spra = sprm >> 13;
    let size = [1, 1, 2, 4, 2, 2, 0, 3][spra];
    if (spra === 6) {
      if (at >= grpprl.length) return;
      size = grpprl[at] + 1;
    }
    yield { sprm, operand: grpprl.subarray(spra === 6 ? at + 1 : at, at + size) };
    at += size;
  }
}
