/**
 * Reads the root streams of an OLE compound file (the container of .doc files and of encrypted
 * OOXML), checking every sector chain: a damaged or hostile file gets InputError("corrupt") instead
 * of an endless loop on a cyclic chain (word-extractor's own reader only guards a self-loop).
 */
import { InputError } from "../../errors";

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
const FREE_SECTOR = 0xffffffff;
const MAX_REGULAR_SECTOR = 0xfffffffa;
const STORAGE = 1;
const STREAM = 2;
const ROOT = 5;

export interface CompoundFile {
  /** Names of the streams at the root ("WordDocument", "1Table", "\u0005SummaryInformation"...). */
  streamNames: string[];
  /** Names of the storages at the root ("ObjectPool"...). */
  storageNames: string[];
  stream(name: string): Buffer | null;
}

interface DirEntry {
  name: string;
  type: number;
  left: number;
  right: number;
  child: number;
  start: number;
  size: number;
}

export function readCompoundFile(bytes: Uint8Array): CompoundFile {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < 512 || !SIGNATURE.every((b, i) => buf[i] === b)) throw new InputError("corrupt", "not an OLE compound file");
  const sectorShift = buf.readUInt16LE(30);
  const miniShift = buf.readUInt16LE(32);
  if ((sectorShift !== 9 && sectorShift !== 12) || miniShift !== 6) throw new InputError("corrupt", "OLE header has impossible sector sizes");
  const sectorSize = 1 << sectorShift;
  const miniSize = 1 << miniShift;
  const sectorCount = Math.floor((buf.length - sectorSize) / sectorSize) + (buf.length % sectorSize ? 1 : 0);

  const sector = (id: number): Buffer => {
    if (id > MAX_REGULAR_SECTOR || id >= sectorCount) throw new InputError("corrupt", "OLE sector number out of range");
    const start = (id + 1) * sectorSize;
    const out = Buffer.alloc(sectorSize);
    buf.copy(out, 0, start, Math.min(start + sectorSize, buf.length));
    return out;
  };

  // The FAT's own sectors: 109 listed in the header, the rest in a chain of DIFAT sectors.
  const fatSectorCount = buf.readUInt32LE(44);
  if (fatSectorCount > sectorCount) throw new InputError("corrupt", "OLE header claims more FAT sectors than the file has");
  const fatSectors: number[] = [];
  for (let i = 0; i < 109 && fatSectors.length < fatSectorCount; i++) fatSectors.push(buf.readUInt32LE(76 + i * 4));
  let difat = buf.readUInt32LE(68);
  const seenDifat = new Set<number>();
  while (fatSectors.length < fatSectorCount && difat !== END_OF_CHAIN && difat !== FREE_SECTOR) {
    if (seenDifat.has(difat)) throw new InputError("corrupt", "OLE DIFAT chain loops");
    seenDifat.add(difat);
    const s = sector(difat);
    for (let i = 0; i < sectorSize / 4 - 1 && fatSectors.length < fatSectorCount; i++) fatSectors.push(s.readUInt32LE(i * 4));
    difat = s.readUInt32LE(sectorSize - 4);
  }
  const fat = Buffer.concat(fatSectors.map(sector));
  const fatEntries = fat.length / 4;

  const chain = (start: number, table: Buffer, entries: number, limit: number): number[] => {
    const out: number[] = [];
    for (let id = start; id !== END_OF_CHAIN; id = table.readUInt32LE(id * 4)) {
      if (id === FREE_SECTOR) break;
      if (id >= entries || id >= limit) throw new InputError("corrupt", "OLE sector chain points outside the file");
      if (out.length >= limit) throw new InputError("corrupt", "OLE sector chain loops");
      out.push(id);
    }
    return out;
  };
  const readChain = (start: number, size?: number): Buffer => {
    const data = Buffer.concat(chain(start, fat, fatEntries, sectorCount).map(sector));
    return size === undefined ? data : data.subarray(0, size);
  };

  const dir = readChain(buf.readUInt32LE(48));
  const entries: DirEntry[] = [];
  for (let off = 0; off + 128 <= dir.length; off += 128) {
    const nameLength = Math.min(dir.readUInt16LE(off + 64), 64);
    entries.push({
      name: dir.toString("utf16le", off, off + Math.max(nameLength - 2, 0)),
      type: dir[off + 66],
      left: dir.readUInt32LE(off + 68),
      right: dir.readUInt32LE(off + 72),
      child: dir.readUInt32LE(off + 76),
      start: dir.readUInt32LE(off + 116),
      size: dir.readUInt32LE(off + 120),
    });
  }
  const root = entries[0];
  if (!root || root.type !== ROOT) throw new InputError("corrupt", "OLE directory has no root entry");

  const children = rootChildren(entries, root);
  const cutoff = buf.readUInt32LE(56) || 4096;
  let miniStream: Buffer | null = null;
  let miniFat: Buffer | null = null;
  const readMini = (start: number, size: number): Buffer => {
    miniStream ??= readChain(root.start, root.size);
    miniFat ??= readChain(buf.readUInt32LE(60));
    const ids = chain(start, miniFat, miniFat.length / 4, Math.ceil(miniStream.length / miniSize));
    const out = Buffer.concat(ids.map((id) => miniStream!.subarray(id * miniSize, (id + 1) * miniSize)));
    return out.subarray(0, size);
  };

  const streams = new Map(children.filter((e) => e.type === STREAM).map((e) => [e.name, e]));
  return {
    streamNames: [...streams.keys()],
    storageNames: children.filter((e) => e.type === STORAGE).map((e) => e.name),
    stream(name) {
      const entry = streams.get(name);
      if (!entry) return null;
      if (entry.size > buf.length * 2 && entry.size > 1 << 20) throw new InputError("corrupt", `OLE stream ${name} claims an impossible size`);
      const data = entry.size < cutoff ? readMini(entry.start, entry.size) : readChain(entry.start, entry.size);
      if (data.length < entry.size) throw new InputError("corrupt", `OLE stream ${name} is truncated`);
      return data;
    },
  };
}

/** The root storage's children: a red-black tree walked without recursion and without revisits. */
function rootChildren(entries: DirEntry[], root: DirEntry): DirEntry[] {
  const out: DirEntry[] = [];
  const seen = new Set<number>();
  const todo = [root.child];
  while (todo.length) {
    const id = todo.pop()!;
    if (id >= entries.length || seen.has(id)) continue;
    seen.add(id);
    const e = entries[id];
    out.push(e);
    todo.push(e.left, e.right);
  }
  return out;
}
