/**
 * Damaged versions of the committed fixtures, described as data so fast-check can generate and
 * shrink them: generic byte damage (truncation, flipped bytes, spliced or duplicated chunks) and
 * damage that knows the container (a zip entry's header fields or data, an OLE sector, a directory
 * entry or FAT slot, a PDF token or a deep nesting). `applyMutation` turns a description into bytes,
 * deterministically. Shared by the fuzz test (small budget) and `npm run fuzz` (large budget).
 */
import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export type Format = "pdf" | "docx" | "doc";

export interface Seed {
  name: string;
  format: Format;
  bytes: Uint8Array;
}

const FIXTURES = path.resolve("tests", "fixtures");

/** Every committed fixture, good or bad, whose bytes say PDF, zip or OLE. */
export function loadSeeds(): Seed[] {
  const seeds: Seed[] = [];
  for (const dir of ["pdf", "docx", "doc"]) {
    for (const file of readdirSync(path.join(FIXTURES, dir)).sort()) {
      if (file.endsWith(".md")) continue;
      const bytes = new Uint8Array(readFileSync(path.join(FIXTURES, dir, file)));
      const format = formatOf(bytes);
      if (format) seeds.push({ name: `${dir}/${file}`, format, bytes });
    }
  }
  return seeds;
}

function formatOf(bytes: Uint8Array): Format | null {
  if (bytes[0] === 0x25 && bytes[1] === 0x50) return "pdf";
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return "docx";
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf) return "doc";
  return null;
}

/**
 * Positions are fractions of the file (0–1), so a description fits any seed and shrinks toward 0.
 * Unbiased: fast-check's default bias toward small values would keep hitting the file's first byte.
 */
const at = fc.noBias(fc.integer({ min: 0, max: 999_999 })).map((n) => n / 1_000_000);
const byte = fc.integer({ min: 0, max: 255 });
const u32 = fc.oneof(
  fc.constantFrom(0, 1, 0x7f, 0xff, 0xffff, 0x7fffffff, 0xfffffffa, 0xfffffffe, 0xffffffff),
  fc.integer({ min: 0, max: 0xffffffff }),
);

export type Mutation =
  | { kind: "truncate"; at: number }
  | { kind: "flip"; edits: Array<[at: number, xor: number]> }
  | { kind: "overwrite"; at: number; bytes: number[] }
  | { kind: "splice"; from: number; to: number; length: number }
  | { kind: "zip-field"; entry: number; field: ZipField; value: number }
  | { kind: "zip-data"; entry: number; at: number; xor: number; count: number }
  | { kind: "ole-sector"; sector: number; fill: number; seed: number }
  | { kind: "ole-field"; entry: number; field: OleDirField; value: number }
  | { kind: "ole-fat"; slot: number; value: number }
  | { kind: "pdf-number"; which: number; value: string }
  | { kind: "pdf-drop"; which: number; token: string }
  | { kind: "pdf-nest"; at: number; depth: number; open: string };

type ZipField = "method" | "compressed" | "uncompressed" | "nameLength" | "extraLength" | "localOffset" | "entries" | "cdOffset";
type OleDirField = "type" | "left" | "right" | "child" | "start" | "size" | "nameLength";

const generic: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("truncate" as const), at }),
  fc.record({ kind: fc.constant("flip" as const), edits: fc.array(fc.tuple(at, fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 24 }) }),
  fc.record({ kind: fc.constant("overwrite" as const), at, bytes: fc.array(byte, { minLength: 1, maxLength: 64 }) }),
  fc.record({ kind: fc.constant("splice" as const), from: at, to: at, length: fc.integer({ min: 1, max: 4096 }) }),
);

const zip: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant("zip-field" as const),
    entry: fc.nat(64),
    field: fc.constantFrom<ZipField>("method", "compressed", "uncompressed", "nameLength", "extraLength", "localOffset", "entries", "cdOffset"),
    value: u32,
  }),
  fc.record({ kind: fc.constant("zip-data" as const), entry: fc.nat(64), at, xor: fc.integer({ min: 1, max: 255 }), count: fc.integer({ min: 1, max: 32 }) }),
);

const ole: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("ole-sector" as const), sector: fc.nat(4096), fill: fc.constantFrom(-1, 0x00, 0xff), seed: fc.nat() }),
  fc.record({
    kind: fc.constant("ole-field" as const),
    entry: fc.nat(32),
    field: fc.constantFrom<OleDirField>("type", "left", "right", "child", "start", "size", "nameLength"),
    value: u32,
  }),
  fc.record({ kind: fc.constant("ole-fat" as const), slot: fc.nat(4096), value: u32 }),
);

const pdf: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant("pdf-number" as const),
    which: fc.nat(),
    value: fc.constantFrom("0", "-1", "-0", "2147483648", "4294967296", "1e308", "99999999999999999999", "0.0000001", "NaN", "3.4e38", "-2147483649"),
  }),
  fc.record({ kind: fc.constant("pdf-drop" as const), which: fc.nat(), token: fc.constantFrom("endobj", "endstream", "stream", " R", ">>", "]", "obj", "xref", "trailer", "startxref", "/Length") }),
  fc.record({ kind: fc.constant("pdf-nest" as const), at, depth: fc.integer({ min: 1, max: 20_000 }), open: fc.constantFrom("[", "<<", "(", "q ", "BT ") }),
);

/** A mutation suited to the format (about half generic, half aware of the container). */
export function mutationFor(format: Format): fc.Arbitrary<Mutation> {
  const specific = format === "pdf" ? pdf : format === "docx" ? zip : ole;
  return fc.oneof(generic, specific);
}

export interface FuzzCase {
  seed: string;
  mutations: Mutation[];
}

/** One to three mutations applied in turn to one seed. */
export function fuzzCase(seeds: Seed[]): fc.Arbitrary<FuzzCase> {
  return fc.constantFrom(...seeds).chain((seed) =>
    fc.record({ seed: fc.constant(seed.name), mutations: fc.array(mutationFor(seed.format), { minLength: 1, maxLength: 3 }) }),
  );
}

export function applyCase(seeds: Seed[], c: FuzzCase): Uint8Array {
  const seed = seeds.find((s) => s.name === c.seed);
  if (!seed) throw new Error(`unknown seed ${c.seed}`);
  return c.mutations.reduce((bytes, m) => applyMutation(bytes, m), seed.bytes);
}

export function applyMutation(input: Uint8Array, m: Mutation): Uint8Array {
  const bytes = new Uint8Array(input);
  const pos = (fraction: number) => Math.min(bytes.length - 1, Math.floor(fraction * bytes.length));
  if (bytes.length === 0) return bytes;
  switch (m.kind) {
    case "truncate":
      return bytes.slice(0, pos(m.at));
    case "flip":
      for (const [where, xor] of m.edits) bytes[pos(where)] ^= xor;
      return bytes;
    case "overwrite":
      bytes.set(m.bytes.slice(0, bytes.length - pos(m.at)), pos(m.at));
      return bytes;
    case "splice": {
      // Copies a chunk from one place into another (duplicated or shifted structures).
      const from = pos(m.from);
      const chunk = bytes.slice(from, from + m.length);
      const to = pos(m.to);
      return concat(bytes.subarray(0, to), chunk, bytes.subarray(to));
    }
    case "zip-field":
      return setZipField(bytes, m.entry, m.field, m.value);
    case "zip-data":
      return damageZipData(bytes, m.entry, m.at, m.xor, m.count);
    case "ole-sector":
      return damageOleSector(bytes, m.sector, m.fill, m.seed);
    case "ole-field":
      return setOleDirField(bytes, m.entry, m.field, m.value);
    case "ole-fat":
      return setOleFatSlot(bytes, m.slot, m.value);
    case "pdf-number":
      return replaceNth(bytes, /(?<![\w./#])-?\d+(\.\d+)?(?![\w.])/g, m.which, m.value);
    case "pdf-drop":
      return replaceNth(bytes, new RegExp(escapeRegExp(m.token), "g"), m.which, "");
    case "pdf-nest": {
      const close = { "[": "]", "<<": ">>", "(": ")", "q ": "Q ", "BT ": "ET " }[m.open] ?? "";
      const where = pos(m.at);
      return concat(bytes.subarray(0, where), latin1(m.open.repeat(m.depth) + close.repeat(m.depth)), bytes.subarray(where));
    }
  }
}

// --- zip ---------------------------------------------------------------------------------------

interface ZipEntryRef {
  /** Offset of the entry's record in the central directory. */
  central: number;
  local: number;
  compressed: number;
}

function zipLayout(bytes: Uint8Array): { eocd: number; entries: ZipEntryRef[] } | null {
  const view = viewOf(bytes);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd === -1) return null;
  const entries: ZipEntryRef[] = [];
  let p = view.getUint32(eocd + 16, true);
  const count = view.getUint16(eocd + 10, true);
  for (let i = 0; i < count && p + 46 <= bytes.length && view.getUint32(p, true) === 0x02014b50; i++) {
    entries.push({ central: p, local: view.getUint32(p + 42, true), compressed: view.getUint32(p + 20, true) });
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return { eocd, entries };
}

function setZipField(bytes: Uint8Array, entry: number, field: ZipField, value: number): Uint8Array {
  const layout = zipLayout(bytes);
  if (!layout) return bytes;
  const view = viewOf(bytes);
  if (field === "entries") {
    view.setUint16(layout.eocd + 10, value & 0xffff, true);
    return bytes;
  }
  if (field === "cdOffset") {
    view.setUint32(layout.eocd + 16, value >>> 0, true);
    return bytes;
  }
  const e = layout.entries[entry % Math.max(1, layout.entries.length)];
  if (!e) return bytes;
  // The same field in the central directory and, where it has one, the local header.
  const central: Record<Exclude<ZipField, "entries" | "cdOffset">, [number, number]> = {
    method: [10, 2], compressed: [20, 4], uncompressed: [24, 4], nameLength: [28, 2], extraLength: [30, 2], localOffset: [42, 4],
  };
  const local: Partial<Record<ZipField, number>> = { method: 8, compressed: 18, uncompressed: 22, nameLength: 26, extraLength: 28 };
  const [offset, size] = central[field];
  write(view, e.central + offset, size, value);
  const lo = local[field];
  if (lo !== undefined && e.local + lo + size <= bytes.length) write(view, e.local + lo, size, value);
  return bytes;
}

function damageZipData(bytes: Uint8Array, entry: number, at: number, xor: number, count: number): Uint8Array {
  const layout = zipLayout(bytes);
  const e = layout?.entries[entry % Math.max(1, layout.entries.length)];
  if (!e || e.local + 30 > bytes.length) return bytes;
  const view = viewOf(bytes);
  const start = e.local + 30 + view.getUint16(e.local + 26, true) + view.getUint16(e.local + 28, true);
  const length = Math.min(e.compressed, bytes.length - start);
  if (length <= 0) return bytes;
  for (let k = 0; k < count; k++) bytes[start + ((Math.floor(at * length) + k * 7) % length)] ^= xor;
  return bytes;
}

// --- OLE compound file --------------------------------------------------------------------------

function oleSectorSize(bytes: Uint8Array): number | null {
  if (bytes.length < 512) return null;
  const shift = viewOf(bytes).getUint16(30, true);
  return shift === 9 || shift === 12 ? 1 << shift : null;
}

function damageOleSector(bytes: Uint8Array, sector: number, fill: number, seed: number): Uint8Array {
  const size = oleSectorSize(bytes);
  if (!size) return bytes;
  const sectors = Math.floor((bytes.length - size) / size);
  if (sectors <= 0) return bytes;
  const start = (1 + (sector % sectors)) * size;
  let state = seed | 1;
  for (let i = 0; i < size && start + i < bytes.length; i++) {
    // xorshift32 for random content; -1 asks for it, otherwise a constant fill.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[start + i] = fill === -1 ? state & 0xff : fill;
  }
  return bytes;
}

function setOleDirField(bytes: Uint8Array, entry: number, field: OleDirField, value: number): Uint8Array {
  const size = oleSectorSize(bytes);
  if (!size) return bytes;
  const view = viewOf(bytes);
  // Only the first directory sector: enough to reach the root and the streams of a small file.
  const dirStart = (view.getUint32(48, true) + 1) * size;
  const perSector = size / 128;
  const offset = dirStart + (entry % perSector) * 128;
  const fields: Record<OleDirField, [number, number]> = {
    nameLength: [64, 2], type: [66, 1], left: [68, 4], right: [72, 4], child: [76, 4], start: [116, 4], size: [120, 4],
  };
  const [at, width] = fields[field];
  if (offset + at + width > bytes.length) return bytes;
  write(view, offset + at, width, value);
  return bytes;
}

function setOleFatSlot(bytes: Uint8Array, slot: number, value: number): Uint8Array {
  const size = oleSectorSize(bytes);
  if (!size) return bytes;
  const view = viewOf(bytes);
  const firstFat = view.getUint32(76, true);
  const offset = (firstFat + 1) * size + (slot % (size / 4)) * 4;
  if (offset + 4 > bytes.length) return bytes;
  view.setUint32(offset, value >>> 0, true);
  return bytes;
}

// --- helpers -------------------------------------------------------------------------------------

function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function write(view: DataView, offset: number, size: number, value: number): void {
  if (size === 1) view.setUint8(offset, value & 0xff);
  else if (size === 2) view.setUint16(offset, value & 0xffff, true);
  else view.setUint32(offset, value >>> 0, true);
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

function latin1(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, "latin1"));
}

/** Replaces the n-th (modulo the count) match of a pattern in the bytes read as Latin-1. */
function replaceNth(bytes: Uint8Array, pattern: RegExp, n: number, replacement: string): Uint8Array {
  const text = Buffer.from(bytes).toString("latin1");
  const matches = [...text.matchAll(pattern)];
  if (matches.length === 0) return bytes;
  const m = matches[n % matches.length];
  const index = m.index ?? 0;
  return latin1(text.slice(0, index) + replacement + text.slice(index + m[0].length));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
