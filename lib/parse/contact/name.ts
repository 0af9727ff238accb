/**
 * The candidate's name: the most prominent name-like line near the top of page 1 (largest font when
 * the format has sizes), never a heading, a job title, an address or a document title. Names set
 * over two lines ("Chanchal" / "Sharma") are joined; a "Name:" label wins outright.
 */
import type { DocumentMetadata } from "../../extract/model";
import { isCommonNoun, isJobTitle, isOrganisation } from "../entries/lexicon";
import type { ParseLine, ParsedText } from "../lines";
import { classifyHeading } from "../sections/classify-heading";
import { isDocumentTitle } from "../sections/document-titles";
import { collapseLetterSpacing, hasCjk, wordCount } from "../text";
import { findLocation } from "./location";

export interface NameResult {
  name: string | null;
  /** Indexes of the line(s) the name was read from. */
  lines: number[];
}

/** Lines looked at: the top of the document. */
const WINDOW = 40;
const PARTICLES = new Set([
  "van", "von", "der", "den", "de", "da", "di", "du", "del", "della", "des", "la", "le", "dos", "das", "do", "bin",
  "binti", "al", "el", "y", "e", "zu", "ten", "ter", "af", "av", "st", "mc", "los", "las", "vom", "zum", "zur",
  "ibn", "bint", "ben", "dei", "degli", "lo",
]);
/** Degrees and certifications printed after a name ("Emily Chen, PhD", "Raj Patel, MBA, PMP"): not part of it. */
const CREDENTIALS =
  /(?:,\s*|\s+)(?:ph\.?\s?d\.?|mba|m\.?sc\.?|b\.?sc\.?|m\.a\.|b\.a\.|ba|bs|m\.d\.|m\.?eng\.?|b\.?eng\.?|cpa|cfa|pmp|p\.e\.|rn|j\.d\.|esq\.?|dipl\.-ing\.?|csm|cissp|frm|acca)(?=\s*(?:,|$))/giu;
/** "John Smith, Jr.": a generational suffix stays with the name. */
const SUFFIX = /,\s*(Jr\.?|Sr\.?|II|III|IV)$/u;
/** Salutations mark an addressee (a cover letter's recipient), not the candidate. */
const SALUTATION = /^(?:mr|mrs|ms|miss|mx|herr|frau|monsieur|madame|mme|m|señor|señora|sr|sra|srta|sig|sig\.ra|dear|to|attn)\.?$/i;
const NAME_LABEL = /^(?:(?:name|full name|nom|nombre|nome)\s*[:：]|(?:姓\s*名|氏\s*名|名\s*前)\s*[:：]?)\s*/iu;

export function findName(parsed: ParsedText, metadata: DocumentMetadata, stopAt: number): NameResult {
  const lines = parsed.lines;
  const firstPage = lines[0]?.page ?? null;
  const window = lines.filter(
    (l, i) => i < Math.max(WINDOW, stopAt) && (l.page == null || l.page === firstPage) && l.source !== "footer",
  );
  const sizes = window.map((l) => l.fontSize).filter((s): s is number => s != null);
  const maxSize = sizes.length ? Math.max(...sizes) : null;
  const author = [metadata.author, metadata.title].filter(Boolean).join(" ").toLowerCase();

  let best: { line: ParseLine; score: number; text: string; joined: boolean } | null = null;
  for (const line of window) {
    const labelled = NAME_LABEL.test(line.text);
    let text = cleanName(line.text.replace(NAME_LABEL, ""));
    const joined = joinedWithNext(text, line, lines);
    if (joined) text = joined;
    let shared = false;
    if (!isNameLike(text, labelled)) {
      // "Harvey Dent hdent@email.com (123) 456-7891": fields joined on one line; the name leads.
      const lead = leadingName(text, labelled);
      if (!lead) continue;
      text = lead;
      shared = true;
    }
    let score = 1;
    if (labelled) score += 4;
    if (maxSize != null && line.fontSize != null) {
      if (line.fontSize >= maxSize - 0.25) score += 3;
      if (parsed.body.fontSize && line.fontSize / parsed.body.fontSize >= 1.3) score += 1.5;
    }
    if (line.bold && !parsed.body.bold) score += 0.5;
    if (line.style && /^title$/i.test(line.style)) score += 2;
    if (line.index === 0) score += 1.5;
    else if (line.index < 5) score += 1;
    else if (line.index > stopAt) score -= 3;
    if (author && author.includes(text.toLowerCase())) score += 3;
    if (wordCount(text) === 1 && !hasCjk(text)) score -= 1.5;
    if (shared) score -= 1;
    if (!best || score > best.score) best = { line, score, text, joined: !!joined && !shared };
  }
  if (!best) return { name: null, lines: [] };
  return { name: best.text, lines: best.joined ? [best.line.index, best.line.index + 1] : [best.line.index] };
}

/**
 * The name-like run of words at the start of a line whose remainder is contact details (an e-mail,
 * a phone, a URL, a handle) or a job title after a dash or bar: at least two words.
 */
function leadingName(text: string, labelled = false): string | null {
  const words = text.split(/\s+/);
  for (let n = Math.min(4, words.length - 1); n >= 2; n--) {
    const head = words.slice(0, n).join(" ");
    const rest = words.slice(n).join(" ");
    // The rest must open with a contact item: an e-mail, a phone, a URL or a handle ("john.doe").
    const contactRest = /^(?:\S+@\S+|\+?\(?\d|https?:|www\.|@\w|[\p{Ll}\d]*[._][\w.-]*(?:\s|$))/u.test(rest);
    // A running head or banner: "Maria Santos – Data Engineer", "Jane Doe | Product Manager".
    const titleRest = /^[–—|-]\s/.test(rest) && isJobTitle(rest.replace(/^[–—|-]\s*/, ""));
    if ((contactRest || titleRest || labelled) && isNameLike(head, labelled)) return head;
  }
  return null;
}

/** A name set over two lines of the same size: "Chanchal" then "Sharma". */
function joinedWithNext(text: string, line: ParseLine, lines: ParseLine[]): string | null {
  const next = lines[line.index + 1];
  if (!next || wordCount(text) !== 1 || hasCjk(text) || !isNameLike(text, true)) return null;
  const nextText = cleanName(next.text);
  const sameSize = line.fontSize == null || next.fontSize == null || Math.abs(line.fontSize - next.fontSize) < 1;
  if (!sameSize || wordCount(nextText) > 2 || !isNameLike(nextText, true)) return null;
  return `${text} ${nextText}`;
}

function cleanName(text: string): string {
  const plain = collapseLetterSpacing(text).replace(/[,;|]+$/, "").trim();
  // Credentials only come off a name-like head: "Emily Chen, PhD" → "Emily Chen".
  const withoutCredentials = plain.replace(CREDENTIALS, "").replace(/[,\s]+$/, "").trim();
  const head = withoutCredentials !== plain && /,\s*\S|\s\S/.test(plain) ? withoutCredentials : plain;
  return head.replace(SUFFIX, " $1");
}

export function isNameLike(text: string, lenient = false): boolean {
  if (!text || text.length > 48) return false;
  if (/[@\d/\\:_#=+]|https?|www\./i.test(text)) return false;
  if (/[“"]/.test(text) && !/["“][\p{L}'’.-]+["”]/u.test(text)) return false;
  if (isDocumentTitle(text)) return false;
  const heading = classifyHeading(text);
  if (heading && heading.match !== "hint") return false;
  if (hasCjk(text)) {
    const compact = text.replace(/\s+/g, "");
    if (!/^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}・·]{2,6}$/u.test(compact)) return false;
    // Kana-only or kana-heavy text is a phrase ("現在にいたる"); a kana given name follows a Han family name.
    const han = (compact.match(/\p{Script=Han}/gu) ?? []).length;
    const hangul = (compact.match(/\p{Script=Hangul}/gu) ?? []).length;
    const katakanaName = /^[\p{Script=Katakana}ー・·\s]+$/u.test(text) && /[・·\s]/u.test(text.trim());
    if (!hangul && !katakanaName && (han < 2 || (han < compact.length && !/^\p{Script=Han}+\s+\S+$/u.test(text.trim())))) return false;
    return !isJobTitle(text) && !isOrganisation(text);
  }
  const words = text.split(/\s+/);
  if (words.length > 5 || (words.length < 2 && !lenient)) return false;
  if (/[.!?]$/.test(text) && !/\b(?:\p{Lu}|Jr|Sr)\.$/u.test(text)) return false;
  if (SALUTATION.test(words[0])) return false;
  if (words.some((w) => isCommonNoun(w))) return false;
  // Scripts without letter case (Arabic, Hebrew, Devanagari, Thai…): two to four words of that script alone.
  const caseless = words.every((w) => /^[\p{Lo}\p{M}'’-]+$/u.test(w) && !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(w));
  if (caseless) return words.length >= 2 && words.length <= 4 && !isJobTitle(text) && !isOrganisation(text);
  for (const w of words) {
    if (PARTICLES.has(w.toLowerCase()) && w !== words[0]) continue;
    if (/^\p{Lu}\.?$/u.test(w)) continue; // initial
    if (/^["“'‘(]\p{Lu}[\p{L}'’.-]*["”'’)]$/u.test(w)) continue; // nickname: "Bobby", (Bob)
    if (!/^\p{Lu}[\p{L}'’.-]*$/u.test(w)) return false;
  }
  if (isJobTitle(text) || isOrganisation(text)) return false;
  if (findLocation(text)) return false;
  return true;
}
