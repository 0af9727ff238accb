/**
 * Files the pipeline must refuse with an input error code, never a crash: committed fixtures and a
 * few inputs built here (an empty file, a renamed executable, text named .pdf, a PDF cut after its
 * header).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { InputErrorCode } from "../../lib/errors";
import { FIXTURES } from "./expectations";

export interface BadInputCase {
  /** Fixture path under tests/fixtures, or a name for an input built here. */
  name: string;
  /** The file name the user would upload. */
  fileName: string;
  code: InputErrorCode;
  bytes: () => Uint8Array;
  /** True when the case reads a committed fixture (the coverage test checks every fixture is used). */
  committed: boolean;
}

const fixture = (name: string, code: InputErrorCode): BadInputCase => ({
  name,
  fileName: path.basename(name),
  code,
  bytes: () => new Uint8Array(readFileSync(path.join(FIXTURES, name))),
  committed: true,
});

const built = (name: string, fileName: string, code: InputErrorCode, bytes: () => Uint8Array): BadInputCase => ({
  name,
  fileName,
  code,
  bytes,
  committed: false,
});

/** The smallest file Windows would call an executable: DOS header, "PE" signature, COFF header. */
function fakeExecutable(): Uint8Array {
  const out = new Uint8Array(0x40 + 4 + 20 + 64);
  const view = new DataView(out.buffer);
  out.set([0x4d, 0x5a]); // "MZ"
  view.setUint32(0x3c, 0x40, true); // e_lfanew: where the PE header starts
  out.set([0x50, 0x45, 0, 0], 0x40); // "PE\0\0"
  view.setUint16(0x44, 0x14c, true); // machine: i386
  view.setUint16(0x46, 1, true); // one section
  return out;
}

const text = (s: string) => new TextEncoder().encode(s);

export const BAD_INPUT: BadInputCase[] = [
  built("empty file named .pdf", "resume.pdf", "empty_file", () => new Uint8Array(0)),
  fixture("docx/empty.docx", "empty_file"),
  built("renamed executable", "resume.docx", "unsupported_format", fakeExecutable),
  built("plain text named .pdf", "resume.pdf", "unsupported_format", () =>
    text("Jane Doe\njane@example.com\n\nExperience\nSoftware Engineer, Example Corp, 2020 - Present\n"),
  ),
  built("PDF cut after its header", "resume.pdf", "corrupt", () => text("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog")),
  fixture("pdf/encrypted.pdf", "encrypted"),
  fixture("pdf/truncated.pdf", "corrupt"),
  fixture("docx/truncated.docx", "corrupt"),
  fixture("docx/not-a-docx.zip", "unsupported_format"),
  fixture("docx/doctype-entity.docx", "corrupt"),
  fixture("docx/zip-bomb.docx", "corrupt"),
  fixture("docx/lying-size.docx", "corrupt"),
  fixture("doc/encrypted-flag.doc", "encrypted"),
  fixture("doc/encrypted-ooxml.docx", "encrypted"),
  fixture("doc/truncated.doc", "corrupt"),
  fixture("doc/cyclic-fat.doc", "corrupt"),
  fixture("doc/not-word.doc", "unsupported_format"),
];
