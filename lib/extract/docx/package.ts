/**
 * Opens a Word package (a zip) defensively and hands out its parts.
 *
 * A zip says in its central directory how big each entry is when inflated; a zip bomb lies or
 * declares absurd sizes. We check the declared sizes before inflating anything and inflate each part
 * through a counting stream that stops at the declared size, so a lying entry cannot blow up memory.
 */
import JSZip from "jszip";
import { InputError } from "../../errors";
import { parseXml, elements, attr, type XmlElement } from "./xml";

/** No resume needs more than this inflated; Word's own limit for a document part is far above it. */
export const MAX_TOTAL_UNCOMPRESSED = 100 * 1024 * 1024;
/** An entry this large on its own is refused whatever its ratio. */
const MAX_ENTRY_UNCOMPRESSED = 50 * 1024 * 1024;
/** Deflate rarely exceeds 100:1 even on repetitive XML; a bomb is at 1000:1. Only big entries count. */
const MAX_RATIO = 200;
const RATIO_MIN_SIZE = 1024 * 1024;

interface EntrySize {
  compressed: number;
  uncompressed: number;
}

export interface WordPackage {
  zip: JSZip;
  /** Entry names as stored, e.g. "word/document.xml". */
  names: string[];
  has(name: string): boolean;
  /** The part as text, or null when absent. */
  text(name: string): Promise<string | null>;
  /** The part parsed as XML, or null when absent. */
  xml(name: string): Promise<XmlElement | null>;
  /** Relationships of a part: id → { type, target (resolved to a package path) }. */
  relationships(partName: string): Promise<Map<string, Relationship>>;
}

export interface Relationship {
  type: string;
  target: string;
  external: boolean;
}

export async function openWordPackage(bytes: Uint8Array): Promise<WordPackage> {
  const sizes = readCentralDirectory(bytes);
  checkSizes(sizes);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch (error) {
    throw new InputError("corrupt", `not a readable zip archive: ${(error as Error).message}`);
  }
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  const lookup = new Map(names.map((n) => [n.toLowerCase(), n]));
  if (!lookup.has("word/document.xml")) {
    throw new InputError("unsupported_format", "zip archive, not a Word document");
  }
  const actualName = (name: string) => lookup.get(name.replace(/^\//, "").toLowerCase());

  const text = async (name: string): Promise<string | null> => {
    const stored = actualName(name);
    if (!stored) return null;
    const declared = sizes.get(stored)?.uncompressed ?? MAX_ENTRY_UNCOMPRESSED;
    const bytesOut = await inflateCapped(zip.files[stored], declared, stored);
    return decodeXmlBytes(bytesOut);
  };
  const xml = async (name: string): Promise<XmlElement | null> => {
    const source = await text(name);
    return source === null ? null : parseXml(source, name);
  };
  const relationships = async (partName: string): Promise<Map<string, Relationship>> => {
    const slash = partName.lastIndexOf("/");
    const dir = partName.slice(0, slash + 1);
    const relsName = `${dir}_rels/${partName.slice(slash + 1)}.rels`;
    const root = await xml(relsName);
    const out = new Map<string, Relationship>();
    if (!root) return out;
    for (const rel of elements(root)) {
      const id = attr(rel, "Id");
      const target = attr(rel, "Target");
      if (!id || !target) continue;
      const external = attr(rel, "TargetMode") === "External";
      out.set(id, { type: attr(rel, "Type") ?? "", target: external ? target : resolvePath(dir, target), external });
    }
    return out;
  };
  return { zip, names, has: (name) => actualName(name) !== undefined, text, xml, relationships };
}

/** Reads declared sizes straight from the central directory, before any inflation. */
function readCentralDirectory(bytes: Uint8Array): Map<string, EntrySize> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const EOCD = 0x06054b50;
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd === -1) throw new InputError("corrupt", "zip archive is truncated (no central directory)");
  const count = view.getUint16(eocd + 10, true);
  let pos = view.getUint32(eocd + 16, true);
  const sizes = new Map<string, EntrySize>();
  for (let i = 0; i < count; i++) {
    if (pos + 46 > bytes.length || view.getUint32(pos, true) !== 0x02014b50) {
      throw new InputError("corrupt", "zip central directory is damaged");
    }
    const compressed = view.getUint32(pos + 20, true);
    const uncompressed = view.getUint32(pos + 24, true);
    const nameLength = view.getUint16(pos + 28, true);
    const extraLength = view.getUint16(pos + 30, true);
    const commentLength = view.getUint16(pos + 32, true);
    const name = Buffer.from(bytes.subarray(pos + 46, pos + 46 + nameLength)).toString("utf8");
    if (compressed === 0xffffffff || uncompressed === 0xffffffff) {
      throw new InputError("too_large", `zip entry ${name} needs ZIP64 (over 4 GB)`);
    }
    sizes.set(name, { compressed, uncompressed });
    pos += 46 + nameLength + extraLength + commentLength;
  }
  return sizes;
}

function checkSizes(sizes: Map<string, EntrySize>): void {
  let total = 0;
  for (const [name, { compressed, uncompressed }] of sizes) {
    total += uncompressed;
    if (uncompressed > MAX_ENTRY_UNCOMPRESSED) {
      throw new InputError("too_large", `${name} inflates to ${mb(uncompressed)}`);
    }
    if (uncompressed > RATIO_MIN_SIZE && uncompressed / Math.max(compressed, 1) > MAX_RATIO) {
      throw new InputError("corrupt", `${name} inflates ${Math.round(uncompressed / Math.max(compressed, 1))}:1, like a zip bomb`);
    }
  }
  if (total > MAX_TOTAL_UNCOMPRESSED) throw new InputError("too_large", `the package inflates to ${mb(total)}`);
}

/** Inflates one entry, stopping as soon as it produces more than it declared. */
function inflateCapped(file: JSZip.JSZipObject, declared: number, name: string): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    let done = false;
    const stream = file.nodeStream("nodebuffer");
    const fail = (error: InputError) => {
      if (done) return;
      done = true;
      stream.pause();
      stream.removeAllListeners("data");
      reject(error);
    };
    stream.on("data", (chunk: Buffer) => {
      if (done) return;
      total += chunk.length;
      if (total > declared) fail(new InputError("corrupt", `${name} inflates beyond its declared size`));
      else chunks.push(chunk);
    });
    stream.on("error", (error: Error) => fail(new InputError("corrupt", `${name} cannot be inflated: ${error.message}`)));
    stream.on("end", () => {
      if (done) return;
      done = true;
      resolve(Buffer.concat(chunks, total));
    });
  });
}

/** OOXML parts are UTF-8 or UTF-16 (with a byte order mark). */
function decodeXmlBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  return new TextDecoder("utf-8").decode(bytes);
}

function resolvePath(dir: string, target: string): string {
  const parts = (target.startsWith("/") ? target.slice(1) : dir + target).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== "." && p !== "") out.push(p);
  }
  return out.join("/");
}

function mb(n: number): string {
  return `${(n / 1024 / 1024).toFixed(0)} MB`;
}
