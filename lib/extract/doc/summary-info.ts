/**
 * The OLE SummaryInformation property set: title, author, application, page count as last saved,
 * and the code page its strings use (a clue to the code page of legacy 8-bit text).
 */
import { decodeCodepage } from "./codepage";

export interface SummaryInfo {
  title: string | null;
  author: string | null;
  application: string | null;
  pageCount: number | null;
  codepage: number | null;
}

const PID_CODEPAGE = 1;
const PID_TITLE = 2;
const PID_AUTHOR = 4;
const PID_PAGECOUNT = 14;
const PID_APPNAME = 18;
const VT_I2 = 2;
const VT_I4 = 3;
const VT_LPSTR = 30;
const VT_LPWSTR = 31;

const EMPTY: SummaryInfo = { title: null, author: null, application: null, pageCount: null, codepage: null };

/** Never throws: a damaged property set only loses metadata. */
export function readSummaryInfo(stream: Buffer | null): SummaryInfo {
  if (!stream || stream.length < 48 || stream.readUInt16LE(0) !== 0xfffe) return EMPTY;
  try {
    const section = stream.readUInt32LE(44);
    const count = stream.readUInt32LE(section + 4);
    const props = new Map<number, number>();
    for (let i = 0; i < Math.min(count, 256); i++) {
      const at = section + 8 + i * 8;
      props.set(stream.readUInt32LE(at), section + stream.readUInt32LE(at + 4));
    }
    const codepageAt = props.get(PID_CODEPAGE);
    const codepage = codepageAt !== undefined && stream.readUInt32LE(codepageAt) === VT_I2 ? stream.readUInt16LE(codepageAt + 4) : null;
    const string = (pid: number): string | null => {
      const at = props.get(pid);
      if (at === undefined) return null;
      const type = stream.readUInt32LE(at);
      const length = stream.readUInt32LE(at + 4);
      if (length > 4096) return null;
      const raw =
        type === VT_LPWSTR
          ? stream.toString("utf16le", at + 8, at + 8 + length * 2)
          : type === VT_LPSTR
            ? decodeCodepage(stream.subarray(at + 8, at + 8 + length), codepage ?? 1252)
            : "";
      const text = raw.replace(/\0+$/, "").trim();
      return text || null;
    };
    const pagesAt = props.get(PID_PAGECOUNT);
    const pages = pagesAt !== undefined && stream.readUInt32LE(pagesAt) === VT_I4 ? stream.readInt32LE(pagesAt + 4) : null;
    return {
      title: string(PID_TITLE),
      author: string(PID_AUTHOR),
      application: string(PID_APPNAME),
      pageCount: pages !== null && pages > 0 ? pages : null,
      codepage: codepage === null ? null : codepage === 0xffff ? null : codepage,
    };
  } catch {
    return EMPTY;
  }
}
