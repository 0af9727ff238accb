import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readDoc } from "../../lib/extract/doc";
import { readDocx } from "../../lib/extract/docx";
import { isInputError } from "../../lib/errors";

const FIXTURES = join(__dirname, "../fixtures");

/** A fixed-seed generator, so a failure names a reproducible mutation. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Damaged copies of a file: runs of bytes overwritten at random places. */
function* mutations(original: Uint8Array, count: number, seed: number) {
  const next = random(seed);
  for (let i = 0; i < count; i++) {
    const copy = original.slice();
    const runs = 1 + Math.floor(next() * 4);
    for (let r = 0; r < runs; r++) {
      const at = Math.floor(next() * copy.length);
      const length = 1 + Math.floor(next() * 16);
      for (let k = at; k < Math.min(at + length, copy.length); k++) copy[k] = Math.floor(next() * 256);
    }
    yield { i, copy };
  }
}

describe.each([
  ["docx/simple.docx", readDocx],
  ["docx/text-box.docx", readDocx],
  ["doc/simple.doc", readDoc],
  ["doc/table-layout.doc", readDoc],
])("damaged copies of %s", (name, read) => {
  it("either read or fail with an InputError, never crash or hang", async () => {
    const original = new Uint8Array(readFileSync(join(FIXTURES, name)));
    for (const { i, copy } of mutations(original, 60, name.length)) {
      try {
        const doc = await read(copy);
        expect(doc.pages.length, `mutation ${i}`).toBeGreaterThan(0);
      } catch (error) {
        expect(isInputError(error), `mutation ${i}: ${(error as Error).message}`).toBe(true);
      }
    }
  });
});
