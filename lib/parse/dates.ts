/**
 * Dates as resumes print them, in several languages, turned into the contract's `YYYY-MM`, `YYYY` or
 * `present`. `findDates` returns every date mention in a line: ranges ("Jan 2020 – Present",
 * "2019-2021", "2019年7月 - 至今", "seit 2020") and single dates ("May 2023").
 */

export type DateFormat = "month-name" | "numeric" | "year" | "cjk" | "season" | "present" | "placeholder";

export interface DateToken {
  /** `YYYY-MM`, `YYYY`, `present`, or null for a placeholder such as "20XX". */
  value: string | null;
  format: DateFormat;
  index: number;
  text: string;
}

export interface DateMention {
  start: DateToken | null;
  end: DateToken | null;
  /** True for "start – end" (or "since start"); false for a single date. */
  isRange: boolean;
  /** A range whose end is cut off: "2021 –" with nothing after the dash on this line. */
  openEnded: boolean;
  index: number;
  text: string;
}

const MONTHS: Record<string, number> = {};
function addMonths(names: string[][]) {
  names.forEach((aliases, i) => aliases.forEach((name) => (MONTHS[name] = i + 1)));
}
// English, German, French, Spanish, Italian, Portuguese, Dutch, Polish, Russian: full names (Polish and
// Russian in the nominative and genitive) and common abbreviations.
addMonths([
  ["january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene", "gennaio", "gen", "janeiro", "januari", "styczeń", "stycznia", "sty", "январь", "января", "янв"],
  ["february", "feb", "febr", "februar", "février", "fevrier", "févr", "fév", "fev", "febrero", "febbraio", "fevereiro", "fevr", "februari", "luty", "lutego", "lut", "февраль", "февраля", "фев"],
  ["march", "mar", "märz", "maerz", "mär", "mrz", "mars", "marzo", "março", "marco", "maart", "mrt", "marzec", "marca", "март", "марта", "мар"],
  ["april", "apr", "avril", "avr", "abril", "abr", "aprile", "kwiecień", "kwietnia", "kwi", "апрель", "апреля", "апр"],
  ["may", "mai", "mayo", "maggio", "mag", "maio", "mei", "maj", "maja", "май", "мая"],
  ["june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho", "czerwiec", "czerwca", "cze", "июнь", "июня", "июн"],
  ["july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "lipiec", "lipca", "lip", "июль", "июля", "июл"],
  ["august", "aug", "août", "aout", "agosto", "ago", "augustus", "sierpień", "sierpnia", "sie", "август", "августа", "авг"],
  ["september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "set", "setembro", "wrzesień", "września", "wrz", "сентябрь", "сентября", "сен", "сент"],
  ["october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out", "październik", "października", "paź", "октябрь", "октября", "окт"],
  ["november", "nov", "novembre", "noviembre", "novembro", "listopad", "listopada", "lis", "ноябрь", "ноября", "ноя"],
  ["december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre", "dezembro", "grudzień", "grudnia", "gru", "декабрь", "декабря", "дек"],
]);

const SEASONS = [
  "spring", "summer", "fall", "autumn", "winter",
  "frühjahr", "frühling", "sommer", "herbst", "sommersemester", "wintersemester",
  "printemps", "été", "automne", "hiver",
  "primavera", "verano", "otoño", "invierno",
];

const PRESENT_WORDS = [
  "present", "current", "currently", "now", "today", "ongoing", "to date", "till date", "date",
  "heute", "bis heute", "jetzt", "aktuell", "derzeit", "laufend", "dato", "gegenwart",
  "présent", "present", "aujourd'hui", "aujourd’hui", "actuel", "actuelle", "actuellement", "en cours", "ce jour",
  "actualidad", "la actualidad", "actual", "actualmente", "presente", "hoy", "la fecha", "a la fecha", "hasta hoy",
  "à ce jour", "à présent", "ad oggi", "até hoje", "até o momento", "tot heden", "tot nu", "bis jetzt", "bis dato",
  "oggi", "attuale", "in corso", "atual", "atualmente", "hoje", "heden", "nu", "huidig",
  "obecnie", "teraz", "nadal", "настоящее время", "по настоящее время", "наст. время", "н.в.", "н. в.", "сейчас", "текущее время",
];
/** CJK words need no word boundary: they sit directly against the following text. */
const PRESENT_CJK = ["至今", "现在", "目前", "今", "現在に至る", "現在にいたる", "現在", "現職", "在籍中", "进行中"];

const alt = (words: string[]) => [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join("|");
function escape(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const L = "(?<![\\p{L}])";
const R = "(?![\\p{L}])";
const YEAR = "(?:19[5-9]\\d|20[0-4]\\d|(?:19|20)[Xx]{2})";
const MONTH_NAME = `${L}(?:${alt(Object.keys(MONTHS))})\\.?${R}`;
const PRESENT = `(?:${L}(?:${alt(PRESENT_WORDS)})${R}|(?:${alt(PRESENT_CJK)}))`;
/**
 * A template's stand-in for a date ("year", "YYYY", "Month Year", "MM/YYYY", a bare 年), only ever
 * taken inside a range ("year–year", "YYYY – Present"): the entry's dates are unknown, but the line
 * is still the entry's date line.
 */
const PLACEHOLDER_WORD = `(?:${L}(?:month|mm)\\s*[/.\\s]\\s*)?${L}(?:year|yyyy|jahr|jjjj|année|aaaa|año)${R}|(?<![\\p{L}\\d])年(?![\\p{L}\\d])`;
const PLACEHOLDER_RANGE_DASH = "\\s*[-–—]\\s*";

/**
 * Two-digit years stand for a date only inside a range of the same form, or one ending in a present
 * word: "10/18 – 12/20", "'19 – '21", "06/19 – Present". Alone, "10/18" is as likely a score or a day.
 */
const MONTH_YY = "(?:0?[1-9]|1[0-2])/\\d{2}(?![\\d/])";
const APOS_YY = "['’]\\d{2}(?!\\d)";
const SHORT_RANGE_DASH = "\\s*(?:[-–—]|to)\\s*";
const SHORT_YEAR_FORMS = [
  `(?<![\\d./-])(?<sm>0?[1-9]|1[0-2])/(?<sy1>\\d{2})(?![\\d/])(?=${SHORT_RANGE_DASH}(?:${MONTH_YY}|${PRESENT}))`,
  `(?<=(?<![\\d./-])${MONTH_YY}${SHORT_RANGE_DASH})(?<sm2>0?[1-9]|1[0-2])/(?<sy2>\\d{2})(?![\\d/])`,
  `(?<![\\p{L}\\d'’])['’](?<ay1>\\d{2})(?!\\d)(?=${SHORT_RANGE_DASH}(?:${APOS_YY}|${PRESENT}))`,
  `(?<=${APOS_YY}${SHORT_RANGE_DASH})['’](?<ay2>\\d{2})(?!\\d)`,
].join("|");

/** One alternative per printed form; the first that matches at a position wins. */
const TOKEN = new RegExp(
  [
    `(?<cjk>(?<cy>${YEAR})\\s*[年/.]\\s*(?<cm>\\d{1,2})\\s*月(?:\\s*\\d{1,2}\\s*日)?|(?<cy2>${YEAR})\\s*年)`,
    `(?<named>(?:(?<nd>\\d{1,2})(?:st|nd|rd|th|\\.)?\\s*)?(?<nm>${MONTH_NAME})(?:\\s+de[l]?\\s+|[\\s,]*)(?:\\d{1,2}(?:st|nd|rd|th)?,\\s*)?(?<ny>${YEAR}|['’]\\d{2})(?!\\d))`,
    `(?<season>${L}(?<sn>${alt(SEASONS)})${R}\\s*(?<sy>${YEAR})(?!\\d))`,
    `(?<quarter>${L}Q[1-4]\\s*(?<qy>${YEAR})(?!\\d)|(?<qy2>${YEAR})\\s*Q[1-4]${R})`,
    `(?<iso>(?<!\\d)(?<iy>${YEAR})[-/.](?<im>0?[1-9]|1[0-2])(?:[-/.](?:0?[1-9]|[12]\\d|3[01]))?(?![\\d]))`,
    `(?<dmy>(?<![\\d.])(?<d1>\\d{1,2})[./](?<d2>\\d{1,2})[./](?<dy>${YEAR})(?!\\d))`,
    `(?<my>(?<![\\d./-])(?<mm>0?[1-9]|1[0-2])\\s?[./-]\\s?(?<my4>${YEAR})(?!\\d))`,
    `(?<short>${SHORT_YEAR_FORMS})`,
    `(?<year>(?<![\\d.,$€£#])(?<yy>${YEAR})(?![\\d%+]|[.,]\\d))`,
    `(?<ph>(?:${PLACEHOLDER_WORD})(?=${PLACEHOLDER_RANGE_DASH}(?:${PLACEHOLDER_WORD}|${PRESENT}))|(?<=(?:${PLACEHOLDER_WORD})${PLACEHOLDER_RANGE_DASH})(?:${PLACEHOLDER_WORD}))`,
  ].join("|"),
  "giu",
);

const SEPARATOR = new RegExp(
  `^\\s*(?:[-–—−‐~～〜]+|至|${L}(?:to|till|until|through|thru|bis|au|à|a|al|hasta|até|tot|по)${R})\\s*`,
  "iu",
);
const PRESENT_AT = new RegExp(`^${PRESENT}`, "iu");
const SINCE_WORDS = "since|seit|depuis|desde|dal|sinds|ab|od|с";
const SINCE = new RegExp(`${L}(?:${SINCE_WORDS})\\s*$`, "iu");

function pad(month: number): string {
  return String(month).padStart(2, "0");
}

function yearOf(text: string): string | null {
  if (/[Xx]/.test(text)) return null;
  if (/^['’]\d{2}$/.test(text)) {
    const yy = Number(text.slice(1));
    return String(yy > 50 ? 1900 + yy : 2000 + yy);
  }
  return text;
}

function tokenFrom(m: RegExpExecArray): DateToken {
  const g = m.groups!;
  const base = { index: m.index, text: m[0] };
  if (g.cjk) {
    const y = yearOf(g.cy ?? g.cy2);
    const month = g.cm ? Number(g.cm) : null;
    const value = y && month && month <= 12 ? `${y}-${pad(month)}` : y;
    return { ...base, value, format: y ? "cjk" : "placeholder" };
  }
  if (g.named) {
    const y = yearOf(g.ny);
    const month = MONTHS[g.nm.toLowerCase().replace(/\.$/, "")];
    return { ...base, value: y ? `${y}-${pad(month)}` : null, format: y ? "month-name" : "placeholder" };
  }
  if (g.season) {
    const y = yearOf(g.sy);
    return { ...base, value: y, format: y ? "season" : "placeholder" };
  }
  if (g.quarter) {
    const y = yearOf(g.qy ?? g.qy2);
    return { ...base, value: y, format: y ? "season" : "placeholder" };
  }
  if (g.iso) {
    const y = yearOf(g.iy);
    return { ...base, value: y ? `${y}-${pad(Number(g.im))}` : null, format: y ? "numeric" : "placeholder" };
  }
  if (g.dmy) {
    const y = yearOf(g.dy);
    const [a, b] = [Number(g.d1), Number(g.d2)];
    // "15.03.2020" is day.month; "03/15/2020" is month/day; "05/06/2020" is read the US way.
    const month = m[0].includes(".") ? b : a > 12 ? b : a;
    const valid = month >= 1 && month <= 12;
    return { ...base, value: y && valid ? `${y}-${pad(month)}` : y, format: y ? "numeric" : "placeholder" };
  }
  if (g.my) {
    const y = yearOf(g.my4);
    return { ...base, value: y ? `${y}-${pad(Number(g.mm))}` : null, format: y ? "numeric" : "placeholder" };
  }
  if (g.short) {
    const y = yearOf(`'${g.sy1 ?? g.sy2 ?? g.ay1 ?? g.ay2}`);
    const month = g.sm ?? g.sm2;
    return { ...base, value: month ? `${y}-${pad(Number(month))}` : y, format: month ? "numeric" : "year" };
  }
  if (g.ph) return { ...base, value: null, format: "placeholder" };
  const y = yearOf(g.yy);
  return { ...base, value: y, format: y ? "year" : "placeholder" };
}

export function findDateTokens(text: string): DateToken[] {
  const out: DateToken[] = [];
  const arabic = arabicNumerals(text);
  const source = arabic?.text ?? text;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(source); m; m = TOKEN.exec(source)) {
    const token = tokenFrom(m);
    if (arabic) {
      // Offsets and printed text refer to the line as printed.
      const start = arabic.map[token.index];
      const end = arabic.map[token.index + token.text.length - 1] + 1;
      out.push({ ...token, index: start, text: text.slice(start, end) });
    } else {
      out.push(token);
    }
  }
  return out;
}

const CN_DIGIT: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_YEAR = /[〇零一二三四五六七八九]{4}(?=\s*年)/gu;
const CN_MONTH = /(?<=年\s*)(?:十[一二]?|[一二三四五六七八九])(?=\s*月)/gu;

/**
 * Years and months written in Chinese numerals ("二零二一年十月") as Arabic digits, with the offset
 * in the original text of each character; null when there are none.
 */
function arabicNumerals(text: string): { text: string; map: number[] } | null {
  if (!/[〇零一二三四五六七八九十]/u.test(text)) return null;
  const swaps: { at: number; length: number; digits: string }[] = [];
  for (const m of text.matchAll(CN_YEAR)) swaps.push({ at: m.index, length: 4, digits: [...m[0]].map((c) => CN_DIGIT[c]).join("") });
  for (const m of text.matchAll(CN_MONTH)) {
    const month = m[0].startsWith("十") ? 10 + (m[0].length > 1 ? CN_DIGIT[m[0][1]] : 0) : CN_DIGIT[m[0]];
    swaps.push({ at: m.index, length: m[0].length, digits: String(month) });
  }
  if (!swaps.length) return null;
  swaps.sort((a, b) => a.at - b.at);
  let out = "";
  const map: number[] = [];
  let i = 0;
  for (const swap of swaps) {
    for (; i < swap.at; i++) {
      out += text[i];
      map.push(i);
    }
    for (const [k, d] of [...swap.digits].entries()) {
      out += d;
      map.push(swap.at + Math.min(k, swap.length - 1));
    }
    i = swap.at + swap.length;
  }
  for (; i < text.length; i++) {
    out += text[i];
    map.push(i);
  }
  return { text: out, map };
}

function presentToken(index: number, text: string): DateToken {
  return { value: "present", format: "present", index, text };
}

/** Every date mention in a line, ranges first-class. */
export function findDates(text: string): DateMention[] {
  const tokens = findDateTokens(text);
  const out: DateMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const start = tokens[i];
    const afterStart = start.index + start.text.length;
    const rest = text.slice(afterStart);
    const sep = SEPARATOR.exec(rest);
    const since = SINCE.test(text.slice(0, start.index));
    if (sep) {
      const at = afterStart + sep[0].length;
      const next = tokens[i + 1];
      if (next && next.index === at) {
        out.push(range(text, start, next, false));
        i++;
        continue;
      }
      const present = PRESENT_AT.exec(text.slice(at));
      if (present) {
        out.push(range(text, start, presentToken(at, present[0]), false));
        continue;
      }
      // "2014–16": a two-digit end year.
      const short = /^(\d{2})(?!\d)/.exec(text.slice(at));
      if (short && start.value && /^\d{4}$/.test(start.value)) {
        const end = `${start.value.slice(0, 2)}${short[1]}`;
        if (end > start.value) {
          out.push(range(text, start, { value: end, format: "year", index: at, text: short[1] }, false));
          continue;
        }
      }
      // "2021 –" and nothing else date-like after the dash: the end is on the next line, or missing.
      if (/[-–—−‐~～〜]/.test(sep[0])) {
        out.push({ start, end: null, isRange: true, openEnded: true, index: start.index, text: text.slice(start.index, at).trim() });
        continue;
      }
    }
    if (since) {
      out.push({ start, end: presentToken(afterStart, ""), isRange: true, openEnded: false, index: start.index, text: start.text });
      continue;
    }
    out.push({ start, end: null, isRange: false, openEnded: false, index: start.index, text: start.text });
  }
  return out;
}

function range(text: string, start: DateToken, end: DateToken, openEnded: boolean): DateMention {
  return {
    start,
    end,
    isRange: true,
    openEnded,
    index: start.index,
    text: text.slice(start.index, end.index + end.text.length),
  };
}

/** The month a name or abbreviation stands for ("November", "Nov.", "nov"), or null. */
export function monthNumber(word: string): number | null {
  return MONTHS[word.trim().toLowerCase().replace(/\.$/, "")] ?? null;
}

/** A present word at the very start of a line ("Present Leading a team…" after "2021 –"). */
export function leadingPresent(text: string): DateToken | null {
  const m = PRESENT_AT.exec(text.trimStart());
  return m ? presentToken(0, m[0]) : null;
}

/** True when the text is nothing but dates, separators and a few filler words. */
export function isDateOnly(text: string): boolean {
  if (!findDates(text).length) return false;
  return stripDates(text)
    .replace(new RegExp(`${L}(?:and|und|et|y|e|en|i|und|sowie|or|oder|ou)${R}`, "giu"), "")
    .replace(/[\s\p{P}\p{S}]+/gu, "").length === 0;
}

/**
 * The text with its date mentions (and "Date:", "since" labels) removed. A removed date leaves a tab,
 * so the fields it separated stay apart ("Title<tab>Jan 2020 – Present Company").
 */
export function stripDates(text: string): string {
  let out = text;
  for (const d of findDates(text).sort((a, b) => b.index - a.index)) {
    let start = d.index;
    let end = d.index + d.text.length;
    // "(Summer 2017)", "[2019 – 2021]", "(seit 2020)": the brackets go with the date.
    const open = new RegExp(`[([（【]\\s*(?:(?:${SINCE_WORDS})\\s*)?$`, "iu").exec(out.slice(0, start));
    const close = /^\s*[)\]）】]/.exec(out.slice(end));
    if (open && close) {
      start -= open[0].length;
      end += close[0].length;
    } else {
      // "2016 – 2020: Analyst at Siemens": a colon after a leading date goes with it.
      const colon = /^\s*[:：]/.exec(out.slice(end));
      if (colon && !out.slice(0, start).trim()) end += colon[0].length;
    }
    out = `${out.slice(0, start)}\t${out.slice(end)}`;
  }
  return out
    .replace(new RegExp(`${L}(?:dates?|datum|fecha|période|period|since|seit|depuis|desde|from|von|expected|graduat(?:ed|ion)|anticipated|voraussichtlich)${R}\\s*:?|预计|预期|毕业|卒業予定|卒業見込み`, "giu"), " ")
    .replace(/[ \u00A0]+/g, " ")
    .replace(/\s*\t[\s\t]*/g, "\t")
    .replace(/^\t+|\t+$/g, "")
    .trim();
}

/** A date mention's value pair for an entry. */
export function mentionValues(m: DateMention): { start: string | null; end: string | null } {
  if (!m.isRange) return { start: null, end: m.start?.value ?? null };
  return { start: m.start?.value ?? null, end: m.end?.value ?? null };
}
