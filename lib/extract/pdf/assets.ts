/**
 * pdf.js reads CMaps, standard-font programs and wasm decoders from node_modules for every document.
 * These factories (pdf.js's CMapReaderFactory / StandardFontDataFactory / WasmFactory interface)
 * read each file once per thread and hand out copies: pdf.js may transfer, and so detach, the
 * buffer it gets.
 */
import { readFile } from "node:fs/promises";

const cache = new Map<string, Promise<Uint8Array>>();

function readCached(file: string): Promise<Uint8Array> {
  let data = cache.get(file);
  if (!data) {
    data = readFile(file).then((b) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength));
    // A failed read is not cached: the next document tries again.
    data.catch(() => cache.delete(file));
    cache.set(file, data);
  }
  return data.then((bytes) => bytes.slice());
}

export class CachedCMapReaderFactory {
  private readonly baseUrl: string | null;
  private readonly isCompressed: boolean;
  constructor({ baseUrl = null, isCompressed = true }: { baseUrl?: string | null; isCompressed?: boolean }) {
    this.baseUrl = baseUrl;
    this.isCompressed = isCompressed;
  }
  async fetch({ name }: { name: string }): Promise<{ cMapData: Uint8Array; isCompressed: boolean }> {
    if (!this.baseUrl || !name) throw new Error("CMap location or name missing");
    return { cMapData: await readCached(this.baseUrl + name + (this.isCompressed ? ".bcmap" : "")), isCompressed: this.isCompressed };
  }
}

/** Serves both standard font data and wasm files: `fetch({ filename })` under `baseUrl`. */
export class CachedFileFactory {
  private readonly baseUrl: string | null;
  constructor({ baseUrl = null }: { baseUrl?: string | null }) {
    this.baseUrl = baseUrl;
  }
  async fetch({ filename }: { filename: string }): Promise<Uint8Array> {
    if (!this.baseUrl || !filename) throw new Error("Asset location or name missing");
    return readCached(this.baseUrl + filename);
  }
}
