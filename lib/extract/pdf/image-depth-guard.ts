/**
 * pdf.js takes an image's bit depth as written and unpacks its pixels in a loop that only ends once
 * it has gathered that many bits: with `/BitsPerComponent 1e308` (found by fuzzing) it never ends,
 * in one synchronous call that no timer can interrupt, and it runs while a page is merely read for
 * its text. The only depths PDF allows are 1, 2, 4, 8 and 16.
 *
 * An image XObject is a stream, and streams are never inside compressed object streams, so its
 * dictionary is in the file as written; so are inline images (`/BPC`) of uncompressed content.
 * Any other depth there is blanked to `0` in place, padded with spaces so every byte offset holds:
 * pdf.js refuses a zero depth as missing, so the image is placed on the page (what the reader
 * needs) but never decoded. Inline images in compressed content stay out of reach; there the
 * worker pool's time limit is the guard.
 */

const KEYS = ["/BitsPerComponent", "/BPC"].map((key) => Uint8Array.from(key, (c) => c.charCodeAt(0)));
const VALID_DEPTHS = new Set([1, 2, 4, 8, 16]);

const isWhite = (b: number) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09 || b === 0x0c || b === 0x00;
/** Characters of a number token as pdf.js's lexer reads them (it also takes an exponent). */
const isNumberChar = (b: number) => (b >= 0x30 && b <= 0x39) || b === 0x2e || b === 0x2b || b === 0x2d || b === 0x65 || b === 0x45;
const isDigit = (b: number) => b >= 0x30 && b <= 0x39;

/** Blanks invalid image depths in `bytes` (modified in place); returns how many. */
export function blankInvalidImageDepths(bytes: Uint8Array): number {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength); // native search, no copy
  let blanked = 0;
  for (const key of KEYS) {
    for (let at = view.indexOf(key); at >= 0; at = view.indexOf(key, at + key.length)) {
      const end = at + key.length;
      // "/BPCx" is another name; "/BPC" followed by a delimiter is the key.
      if (end < bytes.length && !isWhite(bytes[end]) && !isNumberChar(bytes[end])) continue;
      let start = end;
      while (start < bytes.length && isWhite(bytes[start])) start++;
      let stop = start;
      while (stop < bytes.length && isNumberChar(bytes[stop])) stop++;
      if (stop === start || isReference(bytes, stop)) continue;
      const depth = Number(String.fromCharCode(...bytes.subarray(start, Math.min(stop, start + 32))));
      if (VALID_DEPTHS.has(depth)) continue;
      bytes[start] = 0x30; // "0"
      bytes.fill(0x20, start + 1, stop);
      blanked++;
    }
  }
  return blanked;
}

/** Whether the number ending at `from` starts an indirect reference (`12 0 R`): its value is elsewhere. */
function isReference(bytes: Uint8Array, from: number): boolean {
  let i = from;
  const skipWhite = () => {
    const begin = i;
    while (i < bytes.length && isWhite(bytes[i])) i++;
    return i > begin;
  };
  if (!skipWhite()) return false;
  const digits = i;
  while (i < bytes.length && isDigit(bytes[i])) i++;
  if (i === digits || !skipWhite()) return false;
  return bytes[i] === 0x52; // "R"
}
