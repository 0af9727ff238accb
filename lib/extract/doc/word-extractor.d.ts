// word-extractor ships no types; these cover the internal extractor the DOC reader subclasses.
declare module "word-extractor/lib/word-ole-extractor" {
  interface Piece {
    startCp: number;
    endCp: number;
    startFilePos: number;
    endFilePos: number;
    /** Bytes per character: 2 for Unicode pieces, 1 for cp1252 ones. */
    bpc: number;
    text: string;
  }
  interface WordDocumentText {
    getBody(options?: { filterUnicode?: boolean }): string;
  }
  class WordOleExtractor {
    _pieces: Piece[];
    _boundaries: Record<string, number>;
    _taggedHeaders: Array<{ type: string; text: string }>;
    documentStream(document: unknown, streamName: string): Promise<unknown>;
    streamBuffer(stream: unknown): Promise<Buffer>;
    extractWordDocument(document: unknown, buffer: Buffer): Promise<WordDocumentText>;
    writeParagraphProperties(buffer: Buffer, tableBuffer: Buffer): void;
    writeCharacterProperties(buffer: Buffer, tableBuffer: Buffer): void;
  }
  export = WordOleExtractor;
}
