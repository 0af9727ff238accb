/**
 * Phone numbers in international and national formats, kept as printed: "+1 (555) 123-4567",
 * "+44 20 7946 0958", "+49 151 23456789", "555.123.4567", "(555) 123-4567", "138 0013 8000",
 * "(+86) 131-221-87xxx". Dates, year ranges, postal codes, IDs and money are not phones.
 */
import { findDates } from "../dates";

/**
 * A run of digit groups joined by spaces, dots, dashes, slashes or parentheses, optionally led by
 * "+"/"(+"; a trailing group may be masked ("87xxx", "XXX") as templates print it.
 */
const CANDIDATE =
  /(?<![\p{L}\p{N}+/.,-])(?:\(?\+\d{1,3}\)?[\s.-]*)?(?:\(\d{1,5}\)[\s.\-–]*)?\d[\d\s.\-–/()]*\d(?:[\s.\-–]?[xX]{2,4}|[xX]{1,4})?(?![\p{L}\p{N}])/gu;

const FAX = /\b(?:fax|telefax|téléc(?:opie)?)\b\s*[:.]?\s*$/i;
const PHONE_LABEL =
  /(?:phone|tel|telephone|mobile|mob|cell|handy|telefon|téléphone|portable|teléfono|móvil|celular|whatsapp|contact|電話|电话|手机|手機|携帯|連絡先)\s*\.?\s*[:：]?\s*$/iu;

export interface PhoneMatch {
  text: string;
  index: number;
  /** A label such as "Tel.:" or "Mobile" sits right before it. */
  labelled: boolean;
}

export function findPhones(line: string): PhoneMatch[] {
  const out: PhoneMatch[] = [];
  const dates = findDates(line).filter((d) => d.isRange || d.start?.format !== "year");
  for (const m of line.matchAll(CANDIDATE)) {
    let text = m[0].replace(/[\s.\-–/(]+$/u, "");
    // Balance a dangling "(" or ")" at the edges.
    if (text.startsWith("(") && !text.includes(")")) text = text.slice(1);
    if (text.endsWith(")") && (text.match(/\(/g) ?? []).length < (text.match(/\)/g) ?? []).length) text = text.slice(0, -1);
    // "94588 (555) 123-4567": a ZIP code run into the number; only a country code may precede "(".
    const paren = text.indexOf("(");
    if (paren > 0 && !/^\+?\d{1,3}[\s.-]*$/.test(text.slice(0, paren))) text = text.slice(paren);
    // "〒100-0001 0120-000-XXX": a Japanese postal code run into the number.
    if (/〒\s*$/.test(line.slice(0, m.index! + m[0].indexOf(text)))) text = text.replace(/^\d{3}-?\d{4}\s*/, "");
    if (!text) continue;
    const index = m.index! + m[0].lastIndexOf(text);
    const before = line.slice(0, index);
    if (FAX.test(before)) continue;
    if (!isPhone(text, line, index, dates)) continue;
    out.push({ text: text.trim(), index, labelled: PHONE_LABEL.test(before) });
  }
  return out;
}

function isPhone(text: string, line: string, index: number, dates: ReturnType<typeof findDates>): boolean {
  const digits = text.replace(/\D/g, "");
  const masked = /[xX]{2,}$/.test(text);
  if (digits.length < (masked ? 5 : 7) || digits.length > 15) return false;
  const groups = text.split(/[^\dxX]+/).filter(Boolean);
  // A date mention overlapping the candidate: "2019 – 2021", "01/2020 – 06/2023", "2020.03".
  const end = index + text.length;
  if (dates.some((d) => d.index < end && d.index + d.text.length > index)) return false;
  // Years only ("2019 2020"), or a few short numbers ("12 34 56 7"): not a number anyone dials.
  // French numbers ("06 12 34 56 78") are pairs too, but ten digits long.
  if (groups.every((g) => /^(?:19|20)\d\d$/.test(g))) return false;
  if (!text.startsWith("+") && groups.every((g) => /^(?:19|20)\d\d$/.test(g) || g.length <= 2) && digits.length < 9) return false;
  // Money, percentages, measurements.
  const after = line.slice(end, end + 3);
  const prior = line.slice(Math.max(0, index - 2), index);
  if (/^\s*(?:%|k\b|m\b|bn|€|\$|£|x\b|\+)/i.test(after) || /[$€£¥#№]\s*$/.test(prior)) return false;
  // Postal codes: "〒150-0001", US ZIP+4 "98052-1234".
  if (/〒\s*$/.test(line.slice(0, index)) || /^\d{5}-\d{4}$/.test(text)) return false;
  // Long identifiers (ORCID 0000-0000-0000-0000, ISBN, card numbers) have four or more equal 4-digit groups.
  if (groups.length >= 4 && groups.every((g) => g.length === 4)) return false;
  // Decimal numbers ("3.96", "1.234.567") are not phones.
  if (/^\d{1,3}(?:[.,]\d{3})+$/.test(text) || /^\d+[.,]\d{1,2}$/.test(text)) return false;
  // An unbroken run of digits is only a phone when long enough to be a full number.
  if (groups.length === 1 && !text.startsWith("+") && (digits.length < 10 || digits.length > 13)) return false;
  // Version-like "1.2.3.4" or IP addresses.
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(text)) return false;
  return true;
}

/** Digits only, for de-duplication. */
export function phoneKey(text: string): string {
  return text.replace(/\D/g, "");
}
