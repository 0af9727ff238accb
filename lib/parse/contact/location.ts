/**
 * A place in a piece of text: "San Francisco, CA 94105", "Kent, Ohio", "Berlin, Germany",
 * "12345 Berlin, Deutschland", "Germany", "Location: Lyon", "東京都渋谷区…", "4567 Main Street, …".
 * Returns the place as printed, with a rank so a city beats a bare street line.
 */
import { companyScore, isCommonNoun, titleScore } from "../entries/lexicon";
import { CITIES, COUNTRIES, NOT_CITY, REGION_CODES, REGION_NAMES, REMOTE } from "./places";

export interface LocationMatch {
  text: string;
  /** Higher is better: 4 labelled, 3 city + region/country, 2 country or postal city, 1 street address. */
  rank: number;
}

const LABEL =
  /^(?:location|address|home|adresse|anschrift|wohnort|standort|domicile|dirección|ubicación|residencia|localização|indirizzo|city|ville|ciudad|住所|现住所|現住所|地址|所在地|居住地|所在城市)\s*[:：]\s*(.+)$/iu;
const CITY = /^(?:\d{4,6}\s+|[A-Z]{1,2}-?\d{4,5}\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|del|la|le|am|an|im|upon|on|sur|en))*$/u;
/**
 * "10115 Berlin", "D-80331 München", "60311 Frankfurt am Main", "London SW1A 1AA" (a UK postcode
 * follows its town).
 */
const POSTAL_CITY =
  /^(?:\d{4,6}|[A-Z]{1,2}-?\d{4,5})\s+\p{Lu}[\p{L}.'’-]+(?:[\s-](?:am|an|im|sur|upon|on|de|del|la)?\s?\p{Lu}?[\p{L}.'’-]+)?$|^\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+)?\s+[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}$/u;
const STREET =
  /^\d{1,5}[a-z]?\s+\p{L}.*\b(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|way|court|ct|place|pl|terrace|parkway|pkwy|highway|hwy)\b\.?|\p{L}(?:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|ufer)\s*\d+|^(?:rue|avenue|boulevard|chemin|calle|avenida|via|viale|rua|plaza|paseo)\s+\p{L}/iu;
const JP_ADDRESS = /(?:東京都|北海道|(?:京都|大阪)府|\p{Script=Han}{2,3}県)[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}0-9０-９\-－ー]+/u;
const CN_ADDRESS = /\p{Script=Han}{2,4}(?:省|自治区)\p{Script=Han}{2,6}市|\p{Script=Han}{2,4}市\p{Script=Han}{1,6}区/u;

function isRegion(part: string): boolean {
  const p = part.replace(/\s+\d{4,6}(?:-\d{4})?$/, "").trim();
  return REGION_CODES.has(p) || REGION_NAMES.has(p.toLowerCase()) || COUNTRIES.has(p.toLowerCase());
}

function isCity(part: string): boolean {
  const words = part.split(/\s+/);
  return CITY.test(part) && !NOT_CITY.test(part) && words.length <= 4 && !words.some(isCommonNoun) && titleScore(part) === 0 && companyScore(part) === 0;
}

export function findLocation(segment: string): LocationMatch | null {
  const text = segment.replace(/\s+/g, " ").trim().replace(/[.;]$/, "");
  if (!text) return null;
  const labelled = LABEL.exec(text);
  if (labelled) return { text: labelled[1].trim(), rank: 4 };

  const jp = JP_ADDRESS.exec(text) ?? CN_ADDRESS.exec(text);
  if (jp) return { text: jp[0], rank: 3 };

  // Comma parts: find a region or country preceded by a city; extend over following regions/ZIPs.
  const parts = text.split(/\s*,\s*/);
  for (let i = 1; i < parts.length; i++) {
    if (!isRegion(parts[i]) || !isCity(parts[i - 1])) continue;
    let j = i;
    while (j + 1 < parts.length && (isRegion(parts[j + 1]) || /^\d{4,6}$/.test(parts[j + 1]))) j++;
    return { text: parts.slice(i - 1, j + 1).join(", "), rank: 3 };
  }
  if (parts.length === 1 && COUNTRIES.has(text.toLowerCase()) && text.length > 2) return { text, rank: 2 };
  if (parts.length === 1 && CITIES.has(text.toLowerCase()) && /^\p{Lu}|^\p{Script=Han}/u.test(text)) return { text, rank: 2 };
  if (STREET.test(text) && text.length <= 90) return { text, rank: 1 };
  if (parts.length <= 2 && parts.every((p) => POSTAL_CITY.test(p) || isRegion(p)) && POSTAL_CITY.test(parts[0])) {
    return { text, rank: 2 };
  }
  return null;
}

const CODE_RE = /(?<![\p{L}])((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*),\s*([A-Z]{2,3})(\s+\d{5}(?:-\d{4})?)?(?![\p{L}\d])/gu;
const alternation = (words: Iterable<string>) =>
  [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
const NAME_RE = new RegExp(
  `(?<![\\p{L}])((?:\\p{L}[\\p{L}.'’-]*\\s+){0,3}\\p{L}[\\p{L}.'’-]*),\\s*(${alternation([...REGION_NAMES, ...COUNTRIES])})(\\s+\\d{4,6})?(?![\\p{L}])`,
  "giu",
);
const COUNTRY_EDGE = new RegExp(`^(${alternation(COUNTRIES)})(?=\\s)|(?<=\\s)(${alternation(COUNTRIES)})$`, "iu");

/** The longest tail of `words` that reads as a city (no job-title or employer words, capitalised). */
function cityTail(words: string): string | null {
  const parts = words.trim().split(/\s+/);
  for (let i = Math.max(0, parts.length - 3); i < parts.length; i++) {
    if (parts.slice(i).some(isCommonNoun)) continue;
    const city = parts.slice(i).join(" ");
    if (/^\p{Lu}/u.test(city) && isCity(city)) return city;
  }
  return null;
}

/**
 * A place inside running text, where the extractor joined fields with plain spaces:
 * "Nexus AI, Co-Founder & CTO San Francisco, CA" → "San Francisco, CA";
 * "San Francisco, CA john.doe@email.com rendercv.com" → "San Francisco, CA".
 */
export function scanLocation(text: string): LocationMatch | null {
  const whole = findLocation(text);
  if (whole && whole.rank >= 2) return whole;
  for (const m of text.matchAll(CODE_RE)) {
    if (!REGION_CODES.has(m[2])) continue;
    const city = cityTail(m[1]);
    if (city) return { text: `${city}, ${m[2]}${m[3] ?? ""}`, rank: 3 };
  }
  for (const m of text.matchAll(NAME_RE)) {
    const city = cityTail(m[1]);
    if (city && /^\p{Lu}/u.test(m[2])) return { text: `${city}, ${m[2]}${m[3] ?? ""}`, rank: 3 };
  }
  const edge = COUNTRY_EDGE.exec(text.trim());
  if (edge) {
    const country = edge[1] ?? edge[2];
    if (/^\p{Lu}/u.test(country) && country.length > 2) return { text: country, rank: 2 };
  }
  return whole;
}

/** True when the whole text is a place (used to strip locations from entry lines). */
export function isLocation(text: string): boolean {
  const t = text.trim();
  if (REMOTE.test(t)) return true;
  const m = findLocation(t);
  return m != null && m.rank >= 2 && m.text.length >= t.replace(/[.;]$/, "").length - 1;
}
