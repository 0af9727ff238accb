/**
 * The wording recruiters and ranking ATSs judge a bullet by: a measurable result, a strong action
 * verb up front, no first person, no filler. English only: other languages are not judged (a bullet
 * in German is neither weak nor strong here).
 */
import { startsWithActionVerb } from "../../parse/entries/action-verbs";

/** Years alone ("2019") date a bullet; they do not measure anything. */
const YEAR_RE = /^(19[5-9]\d|20[0-4]\d)$/;

/**
 * Figures that measure a result or a scope: percentages, money, multipliers, counts with units,
 * ranges, and plain numbers that are not years or part of a product name ("S3", "EC2", "Python 3.11").
 */
const MEASURE_RES: RegExp[] = [
  /\d\s?%|\bper\s?cent\b/i,
  /[$€£¥₹]\s?\d|\d\s?(?:k|m|mm|bn|b)\b(?!\w)|\b\d[\d,.]*\s?(?:thousand|million|billion|trillion|lakh|crore)\b/i,
  /\b\d+(?:\.\d+)?\s?x\b|\bx\s?\d+(?:\.\d+)?\b/i,
  /\b(?:doubled|tripled|quadrupled|halved|tenfold|twofold|threefold|(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|millions?)\s+of)\b/i,
  /\b(?:top|first|#)\s?\d+\b|\brank(?:ed)?\s+\d/i,
];

/** Plain numbers, each checked on its own: a count ("12 engineers") measures, a year or version does not. */
const NUMBER_RE = /(?<![\p{L}\d.])\d[\d,]*(?:\.\d+)?(?![\p{L}\d])/gu;

/** True when the statement carries a figure that measures a result or its scope. */
export function hasMeasurableResult(text: string): boolean {
  if (MEASURE_RES.some((re) => re.test(text))) return true;
  for (const m of text.matchAll(NUMBER_RE)) {
    const digits = m[0].replace(/,/g, "");
    if (YEAR_RE.test(digits)) continue;
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    // "Python 3", "Windows 10", "Java 8", "Q3", "v2": a version number, not a measure.
    if (/\b(?:v|version|python|java|windows|ios|android|php|html|css|es|c\+\+|office|level|grade|phase|tier)\s?$/i.test(before)) continue;
    if (Number(digits) === 0) continue;
    return true;
  }
  return false;
}

/**
 * Openers that describe a duty or a vague part in the work rather than an achievement. Matched on the
 * first word(s) of a statement, case-insensitively.
 */
const WEAK_OPENERS: RegExp[] = [
  /^responsible\s+for\b/i,
  /^(?:duties|responsibilities)\s+(?:included|include|were)\b/i,
  /^tasked\s+with\b/i,
  /^in\s+charge\s+of\b/i,
  /^(?:helped|helping|helps|help)\b/i,
  /^(?:assisted|assisting|assists|assist)\b/i,
  /^(?:worked|working|works)\b/i,
  /^(?:participated|participating|participates|participate)\b/i,
  /^(?:involved|was\s+involved|been\s+involved)\b/i,
  /^(?:handled|handling|handles|handle)\b/i,
  /^(?:utilized|utilised|utilizing|utilising|used|using)\b/i,
  /^(?:attended|attending)\b/i,
  /^(?:was|were|am|is|did|got|tried)\b/i,
];

/** The weak opener the statement starts with, as printed ("Utilized", "Responsible for"), or null. */
export function weakOpener(text: string): string | null {
  // "I was responsible for…": the subject is a first-person problem of its own; judge the verb after it.
  const start = text.trim().replace(/^I\s+(?=\p{Ll})/u, "");
  for (const re of WEAK_OPENERS) {
    const m = re.exec(start);
    if (m) return m[0].replace(/\s+/g, " ");
  }
  return null;
}

/** A statement that starts with an action verb that is not a weak one ("Built", "Reduced", "Led"). */
export function startsWithStrongVerb(text: string): boolean {
  return weakOpener(text) === null && startsWithActionVerb(text.trim().replace(/^I\s+(?=\p{Ll})/u, ""));
}

/**
 * First person singular. "I" only in capitals and not "I/O" or a roman numeral after a word
 * ("Phase I"); my/me/myself in any case.
 */
const FIRST_PERSON_RE = /(?:^|[^\p{L}/])(I(?:'m|'ve|'d|’m|’ve|’d)?)(?![\p{L}/\d])|\b(my|me|myself|mine)\b/iu;

/** The first-person word used, or null. */
export function firstPersonWord(text: string): string | null {
  const m = FIRST_PERSON_RE.exec(text);
  if (!m) return null;
  if (m[1]) {
    // Case matters for "I": "i" alone is a typo or a list marker; "Phase I", "Level I" are numerals.
    if (m[1][0] !== "I") return null;
    const before = text.slice(0, m.index + m[0].indexOf(m[1])).trimEnd();
    if (/\b(?:phase|level|tier|type|part|grade|class|stage|series|world war)$/i.test(before)) return null;
    return m[1];
  }
  return m[2];
}

/** Filler: clichés and vague words that take space without saying anything checkable. */
const FILLER: { re: RegExp; phrase: string }[] = [
  { re: /\bresponsible\s+for\b/i, phrase: "responsible for" },
  { re: /\bduties\s+included\b/i, phrase: "duties included" },
  { re: /\bvarious\b/i, phrase: "various" },
  { re: /\bteam[\s-]player\b/i, phrase: "team player" },
  { re: /\bhard[\s-]?working\b/i, phrase: "hard-working" },
  { re: /\bdetail[\s-]oriented\b/i, phrase: "detail-oriented" },
  { re: /\bresults?[\s-]driven\b/i, phrase: "results-driven" },
  { re: /\bself[\s-]starter\b/i, phrase: "self-starter" },
  { re: /\bgo[\s-]getter\b/i, phrase: "go-getter" },
  { re: /\bthink(?:ing)?\s+outside\s+(?:of\s+)?the\s+box\b/i, phrase: "think outside the box" },
  { re: /\bsynerg(?:y|ies|ize)\b/i, phrase: "synergy" },
  { re: /\bbest[\s-]of[\s-]breed\b/i, phrase: "best of breed" },
  { re: /\bdynamic\b/i, phrase: "dynamic" },
  { re: /\bmotivated\b/i, phrase: "motivated" },
  { re: /\bpassionate\b/i, phrase: "passionate" },
  { re: /\bhelped\s+(?:with|to)\b/i, phrase: "helped with" },
  { re: /\bworked\s+on\b/i, phrase: "worked on" },
  { re: /\binvolved\s+in\b/i, phrase: "involved in" },
  { re: /\betc\.?(?=\s|$)/i, phrase: "etc." },
  { re: /\band\s+so\s+on\b/i, phrase: "and so on" },
  { re: /\bstuff\b/i, phrase: "stuff" },
  { re: /\bmany\s+(?:different\s+)?(?:things|tasks)\b/i, phrase: "many tasks" },
];

/** The filler phrases in the statement, in list order, each once. */
export function fillerPhrases(text: string): string[] {
  return FILLER.filter((f) => f.re.test(text)).map((f) => f.phrase);
}

/** Whether the statement is (mostly) English, the only language these checks judge. */
export function looksEnglish(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return false;
  const latin = words.filter((w) => /^[a-z]+$/.test(w)).length;
  if (latin / words.length < 0.7) return false;
  // A few function words are enough to tell English from German, French, Spanish…
  const common = words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length;
  return words.length < 6 || common > 0 || startsWithActionVerb(text);
}

const ENGLISH_FUNCTION_WORDS = new Set([
  "the", "and", "of", "to", "for", "with", "in", "on", "a", "an", "by", "from", "that", "using", "into", "across", "as", "at", "our", "their",
]);
