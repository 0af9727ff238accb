/**
 * DOC reader: a legacy Word binary file → the document model.
 *
 * The OLE container is read by our own validating reader (cfb.ts); Word 97–2003 text comes through
 * word-extractor's piece table, Word 6/95 text through a small reader of its own that decodes the
 * writer's 8-bit code page. No geometry: one model page, lines without positions. Reading order:
 * headers, body (text boxes after it), footnotes, endnotes, footers.
 */
import { InputError } from "../../errors";
import type { Block, ExtractedDocument } from "../model";
import { newNormalizeStats } from "../text-normalize";
import { readCompoundFile, type CompoundFile } from "./cfb";
import { docFindings } from "./findings";
import { NFIB_WORD6, NFIB_WORD97, readFibBase } from "./fib";
import { cleanStory, markAnchors, storyBlocks, type CleanStory, type RawStories, type TableFact } from "./stories";
import { readSummaryInfo } from "./summary-info";
import { readWord6 } from "./word6";
import { readWord97 } from "./word97";

/** Characters a typical resume page holds; used only when the file stores no page count. */
const CHARS_PER_PAGE = 3000;

export async function readDoc(bytes: Uint8Array): Promise<ExtractedDocument> {
  try {
    return await readWordBinary(bytes);
  } catch (error) {
    // An offset pointing past the end of a stream in a damaged file surfaces as a RangeError.
    if (error instanceof RangeError) throw new InputError("corrupt", "a Word structure points outside the file");
    throw error;
  }
}

async function readWordBinary(bytes: Uint8Array): Promise<ExtractedDocument> {
  const cfb = readCompoundFile(bytes);
  const wordDocument = mainStream(cfb);
  const fib = readFibBase(wordDocument);
  if (fib.encrypted) throw new InputError("encrypted", "the Word document is password-protected");
  const summary = readSummaryInfo(cfb.stream("\u0005SummaryInformation"));

  let raw: RawStories;
  if (fib.nFib >= NFIB_WORD97) raw = await readWord97(cfb, wordDocument, fib);
  else if (fib.nFib >= NFIB_WORD6) raw = readWord6(wordDocument, fib, summary.codepage);
  else throw new InputError("unsupported_format", "a Word 2.0 or older document; save it again as .docx");

  const stats = newNormalizeStats();
  const tables: TableFact[] = [];
  const story = (text: string) => cleanStory(text);
  const body = story(markAnchors(raw.body, raw.textboxAnchors));
  const headers = raw.headers.map(story);
  const footers = raw.footers.map(story);
  const notes = [story(raw.footnotes), story(raw.endnotes)];
  const boxes = raw.textboxes.map(story);
  const headerBoxes = raw.headerTextboxes.map(story);

  const blocksOf = (stories: CleanStory[], source: Block["source"]) =>
    dedupe(stories.flatMap((s) => storyBlocks(s, source, stats, tables)));
  const headerBlocks = blocksOf([...headers, ...headerBoxes], "header");
  const boxByIndex = boxes.map((b) => mergeBlocks(storyBlocks(b, "textbox", stats, tables), "textbox"));
  const boxBlocks = boxByIndex.filter((b): b is Block => !!b);
  // Text boxes are read where their anchor sits in the body; a box without a known anchor follows it.
  const bodyBlocks = storyBlocks(body, "body", stats, tables, boxByIndex);
  const anchored = new Set(body.anchors.map((a) => boxByIndex[a.box]));
  const looseBoxes = boxBlocks.filter((b) => !anchored.has(b));
  const noteBlocks = notes.flatMap((n) => storyBlocks(n, "footnote", stats, tables));
  const footerBlocks = blocksOf(footers, "footer");

  const all = [...headers, ...footers, ...notes, ...boxes, ...headerBoxes, body];
  const pictures = all.reduce((n, s) => n + s.pictures, 0) + raw.floatingPictures;
  const blocks = [...headerBlocks, ...bodyBlocks, ...looseBoxes, ...noteBlocks, ...footerBlocks];
  const textLength = blocks.reduce((n, b) => n + b.lines.reduce((m, l) => m + l.text.length, 0), 0);

  return {
    format: "doc",
    pageCount: summary.pageCount ?? raw.storedPages ?? Math.max(1, body.pageBreaks + 1, Math.ceil(textLength / CHARS_PER_PAGE)),
    pages: [{ number: 1, width: null, height: null, blocks, hasTextLayer: true, columns: raw.columns, imageCount: pictures }],
    streamText: body.plain,
    findings: docFindings({
      header: headerBlocks,
      footer: footerBlocks,
      textBoxes: boxBlocks,
      tables,
      columns: raw.columns,
      pictures,
      blocks,
      stats,
    }),
    metadata: { title: summary.title, author: summary.author, producer: summary.application, creator: summary.application },
  };
}

/** The WordDocument stream, or the reason there is none. */
function mainStream(cfb: CompoundFile): Buffer {
  const wordDocument = cfb.stream("WordDocument");
  if (wordDocument) return wordDocument;
  // Office encrypts a .docx by wrapping it in an OLE file with these two streams.
  if (cfb.streamNames.includes("EncryptedPackage") || cfb.streamNames.includes("EncryptionInfo")) {
    throw new InputError("encrypted", "an encrypted Office document");
  }
  throw new InputError("unsupported_format", "an Office file that is not a Word document");
}

/** A text box's paragraphs and tables are one block, as in the DOCX reader. */
function mergeBlocks(blocks: Block[], source: Block["source"]): Block | null {
  const lines = blocks.flatMap((b) => b.lines);
  return lines.length ? { source, column: null, lines } : null;
}

/** Headers repeat per section and page type; keep each distinct block once. */
function dedupe(blocks: Block[]): Block[] {
  const seen = new Set<string>();
  return blocks.filter((b) => {
    const key = `${b.source}:${b.lines.map((l) => l.text).join("\n")}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
