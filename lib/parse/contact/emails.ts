/** E-mail addresses: plain, behind "mailto:", or lightly obfuscated ("jane [at] example [dot] com"). */

const EMAIL = /(?<![\w.+-])[\p{L}\p{N}._%+-]+(?:['’][\p{L}\p{N}._%+-]+)*@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}-])/gu;
const OBFUSCATED =
  /(?<![\w.+-])([\p{L}\p{N}._%+-]+)\s*[[({]\s*at\s*[\])}]\s*([\p{L}\p{N}-]+(?:\s*[[({]\s*dot\s*[\])}]\s*[\p{L}\p{N}-]+)+)(?![\p{L}\p{N}])/giu;

/** Addresses in a line, lower-cased, in order. */
export function findEmails(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(EMAIL)) out.push(m[0].replace(/^mailto:/i, "").replace(/\.$/, "").toLowerCase());
  for (const m of text.matchAll(OBFUSCATED)) {
    const domain = m[2].replace(/\s*[[({]\s*dot\s*[\])}]\s*/gi, ".");
    out.push(`${m[1]}@${domain}`.toLowerCase());
  }
  return out;
}

/** The line with its addresses blanked out (same length), so other finders do not read into them. */
export function maskEmails(text: string): string {
  return text.replace(EMAIL, (m) => " ".repeat(m.length));
}
