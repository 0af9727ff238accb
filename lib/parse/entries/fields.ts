/**
 * Reads the fields of one entry's header lines: its date mention, its place, and the remaining
 * text parts (title, employer, degree, school) in printed order.
 */
import { findDateTokens, findDates, isDateOnly, leadingPresent, monthNumber, stripDates, type DateMention, type DateToken } from "../dates";
import { isLocation } from "../contact/location";
import { splitParts, type EntryLine, type Part } from "./groups";

export interface HeaderFields {
  parts: Part[];
  location: string | null;
  date: DateMention | null;
  /** A single date ("Summer 2022", "May 2023") rather than a range. */
  single: boolean;
  /** End taken from the line after an open range ("2021 –" / "Present …"). */
  carriedEnd: string | null;
}

/** "2 years 10 months", "(3 yrs)", "1 an 2 mois": durations printed next to dates. */
const DURATION =
  /\(?\b\d+\s*(?:\+\s*)?(?:years?|yrs?|months?|mos?|jahre?|monate?|ans?|mois|años?|meses)\b(?:\s*,?\s*\d+\s*(?:months?|mos?|monate?|mois|meses))?\)?/giu;

export function readHeader(header: EntryLine[], following: EntryLine | null, commas = true): HeaderFields {
  let date: DateMention | null = null;
  for (let i = 0; i < header.length && !date; i++) {
    const m = header[i].dates.find((d) => d.isRange) ?? null;
    if (!m) continue;
    date = m;
    // Several stints printed as consecutive date-only lines: one span from the first start to the last end.
    for (let k = i + 1; k < header.length && isDateOnly(header[k].text); k++) {
      const later = header[k].dates.filter((d) => d.isRange).pop();
      if (later) date = { ...date, end: later.end, openEnded: later.openEnded, text: `${date.text} … ${later.text}` };
    }
  }
  if (!date) {
    for (const l of header) {
      const m = l.dates.find((d) => d.start?.format !== "year") ?? l.dates[0];
      if (m) {
        date = m;
        break;
      }
    }
  }

  // "Jan 2020" / "Present" in two cells of a table (or two lines): one range.
  if (date && !date.isRange) {
    const at = header.findIndex((l) => l.dates.includes(date!));
    const next = header[at + 1];
    const end = next && endOnly(next.text);
    if (end && isDateOnly(header[at].text)) {
      date = { ...date, end, isRange: true, text: `${date.text} – ${next.text.trim()}` };
      next.text = "";
    }
  }

  // "2021 –" at the end of a line: the end is at the start of the next line ("Present Leading…").
  let carriedEnd: string | null = null;
  if (date?.openEnded) {
    const dateLine = header.findIndex((l) => l.dates.includes(date!));
    const next = header[dateLine + 1] ?? following;
    if (next) {
      const present = leadingPresent(next.text);
      const token = findDateTokens(next.text)[0];
      if (present) {
        carriedEnd = "present";
        next.text = next.text.trimStart().slice(present.text.length).trim();
      } else if (token && token.index === 0 && token.value) {
        // "March 2019 – November" / "2021 The Walt Disney Company": the end month stayed on the date line.
        const dated = header[dateLine];
        const tail = dated ? dated.text.slice(date.index + date.text.length) : "";
        const month = tail.trim() && token.format === "year" ? monthNumber(tail) : null;
        carriedEnd = month ? `${token.value}-${String(month).padStart(2, "0")}` : token.value;
        if (month) dated.text = dated.text.slice(0, date.index + date.text.length).trimEnd();
        next.text = next.text.slice(token.text.length).trim();
      }
    }
  }

  const parts: Part[] = [];
  let location: string | null = null;
  header.forEach((l, i) => {
    if (isDateOnly(l.text)) return;
    const text = stripDates(l.text)
      .replace(DURATION, " ")
      .replace(/(^|\t)\s*(?:and|und|et|y|e|&)\s+/giu, "$1") // "2003 – 2004 und Praxis …": the connector of two ranges
      .replace(/ +/g, " ")
      .trim();
    if (!text) return;
    const found = takeLocations(splitParts(text, i, commas));
    location ??= found.location;
    parts.push(...found.parts);
  });
  return { parts, location, date, single: !!date && !date.isRange, carriedEnd };
}

/** A line that holds only the end of a range: a present word ("Present", "heute") or one date. */
function endOnly(text: string): DateToken | null {
  const present = leadingPresent(text);
  if (present && !text.trim().slice(present.text.length).trim()) return present;
  const dates = findDates(text);
  return dates.length === 1 && !dates[0].isRange && isDateOnly(text) ? dates[0].start : null;
}

/** Removes place parts ("New Orleans", "LA"; "Remote"; "Berlin, Germany") and returns the first. */
function takeLocations(parts: Part[]): { parts: Part[]; location: string | null } {
  const out: Part[] = [];
  let location: string | null = null;
  for (let i = 0; i < parts.length; i++) {
    const here = parts[i];
    const next = parts[i + 1];
    const next2 = parts[i + 2];
    if (next && next2 && next2.line === here.line && isLocation(`${here.text}, ${next.text}, ${next2.text}`)) {
      location ??= `${here.text}, ${next.text}, ${next2.text}`;
      i += 2;
      continue;
    }
    if (next && next.line === here.line && isLocation(`${here.text}, ${next.text}`)) {
      location ??= `${here.text}, ${next.text}`;
      i++;
      continue;
    }
    if (isLocation(here.text) && (parts.length > 1 || out.length > 0)) {
      location ??= here.text;
      continue;
    }
    out.push(here);
  }
  return { parts: out, location };
}

/** A date range at the very end of a bullet line (a right-aligned date merged into it). */
export function trailingDate(l: EntryLine): DateMention | null {
  const last = l.dates[l.dates.length - 1];
  if (!last || !last.isRange) return null;
  const after = l.text.slice(last.index + last.text.length).trim();
  return after ? null : last;
}
