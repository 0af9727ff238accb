/**
 * Education entries: degree, school and dates. Entries are built line by line from the education
 * sections: a line naming a second degree or a second school starts the next entry, and so does a
 * new date once the current entry is complete. Degrees share a school printed once above them.
 */
import type { Education } from "../report/schema";
import { isLocation, scanLocation } from "./contact/location";
import { stripDates, type DateMention } from "./dates";
import { trailingDate } from "./entries/fields";
import { classifyLines, splitParts, type EntryLine, type Part } from "./entries/groups";
import { hasDegree, hasSchool, isCommonNoun, schoolName } from "./entries/lexicon";
import type { ParseLine } from "./lines";
import { capitalisedShare, hasCjk, wordCount } from "./text";

interface Draft {
  degree: string | null;
  school: string | null;
  date: DateMention | null;
  /** Later single date ("Expected May 2018") that ends an open range. */
  later: string | null;
  /** Plain lines kept in case the school has no school word ("MIT") or the degree wraps. */
  spare: string[];
}

export function parseEducation(sections: ParseLine[][]): Education[] {
  const out: Education[] = [];
  for (const lines of sections) {
    const drafts: Draft[] = [];
    let current: Draft | null = null;
    const start = (): Draft => {
      current = { degree: null, school: null, date: null, later: null, spare: [] };
      drafts.push(current);
      return current;
    };
    for (const l of classifyLines(lines)) {
      // A degree or school line counts whatever its look: bulleted ("■ Ph.D. in …") or in sentence
      // case ("Bachelor's in human resource management").
      const named = (hasDegree(l.text) || hasSchool(l.text)) && wordCount(l.text) <= 14;
      // Other bullets only lend a date ("• Thesis: … Sept 2018 – May 2023").
      if (l.role === "bullet" && !named) {
        const trailing = trailingDate(l);
        if (current && trailing && !(current as Draft).date) (current as Draft).date = trailing;
        continue;
      }
      const headerLike = l.role === "header" || named;
      const fields = readLine(l, headerLike);
      let d: Draft = current ?? start();
      const complete = !!(d.date && (d.degree || d.school) && (d.degree || fields.degree) && (d.school || fields.school));
      // A new range starts the next entry once this one is complete; a single date is its graduation.
      const clash = (fields.degree && d.degree) || (fields.school && d.school) || (fields.date?.isRange && d.date && complete && headerLike);
      if (clash) d = start();
      if (fields.degree && !d.degree) d.degree = fields.degree;
      else if (d.degree && isBareDegree(d.degree) && !fields.school && !fields.date && fields.spare.length === 1 && headerLike) {
        // "B.S." then "Computer Science" on the next line.
        d.degree = `${d.degree} ${fields.spare[0]}`;
        continue;
      }
      d.school ??= fields.school;
      if (fields.date) {
        if (!d.date) d.date = fields.date;
        else if (!fields.date.isRange) d.later ??= fields.date.start?.value ?? null;
      }
      if (!fields.degree && !fields.school && headerLike) d.spare.push(...fields.spare);
    }
    let lastSchool: string | null = null;
    for (const d of drafts) {
      if (!d.degree && !d.school) continue;
      if (d.degree && !d.school) d.school = d.spare.find(looksLikeSchoolName) ?? lastSchool;
      lastSchool = d.school ?? lastSchool;
      out.push({ degree: d.degree, school: d.school, ...values(d) });
    }
  }
  return out;
}

interface LineFields {
  degree: string | null;
  school: string | null;
  date: DateMention | null;
  spare: string[];
}

function readLine(l: EntryLine, header: boolean): LineFields {
  const date = l.dates.find((d) => d.isRange) ?? l.dates.find((d) => d.start?.format !== "year") ?? l.dates[0] ?? null;
  let text = stripDates(l.text).replace(/ +/g, " ").trim();
  // A place printed on the same line ("Berkeley, CA Bachelor's in …") is not part of either field.
  const place = scanLocation(text);
  if (place && place.rank >= 3) text = text.replace(place.text, "\t").trim();
  const fields: LineFields = { degree: null, school: null, date, spare: [] };
  if (!text) return fields;
  for (const piece of schoolParts(text, false)) {
    const degree = hasDegree(piece.text);
    // "High School Diploma" names a degree; its school word is part of that name.
    const school = hasSchool(piece.text.replace(/(?:high|secondary) school(?= (?:diploma|certificate|graduate))/giu, ""));
    if (!header && !school) continue;
    if (degree && school) {
      const parts = schoolParts(piece.text, true).filter((p) => !isLocation(p.text));
      const schoolPart = parts.find((p) => hasSchool(p.text) && !hasDegree(p.text));
      if (schoolPart) {
        // "Associate degree, H.R. Management, Bellows College": the parts before the school are the degree.
        fields.school ??= schoolPart.text;
        // The degree is what precedes the school ("Associate degree, H.R. Management, Bellows College"),
        // or else what follows it ("清华大学 计算机科学与技术 硕士").
        const at = parts.indexOf(schoolPart);
        const other = (at > 0 ? parts.slice(0, at) : parts.slice(at + 1)).map((p) => p.text);
        fields.degree ??= other.join(hasCjk(piece.text) ? " " : ", ") || null;
        continue;
      }
      // "PhD Princeton University, Computer Science": the school name out of the middle.
      const name = schoolName(piece.text);
      if (name && header) {
        fields.school ??= name;
        fields.degree ??= piece.text.replace(name, " ").replace(/\s*,\s*/g, " ").replace(/\s+/g, " ").trim() || null;
        continue;
      }
      if (header) fields.degree ??= piece.text;
    } else if (degree && header) {
      const parts = schoolParts(piece.text, true).filter((p) => !isLocation(p.text));
      const firstDegree = parts.findIndex((p) => hasDegree(p.text));
      const rest = parts.slice(firstDegree + 1);
      // "Master of Science in CS, Specialization in AI, MIT": the last part is the school when it reads
      // as a name rather than a field of study ("Bachelor of Science, Computer Science").
      const last = parts[parts.length - 1];
      if (rest.length >= 1 && last !== parts[firstDegree] && looksLikeSchoolName(last.text) && !last.text.split(/\s+/).some(isCommonNoun)) {
        fields.degree ??= parts.slice(0, parts.length - 1).map((p) => p.text).join(", ");
        fields.school ??= last.text;
      } else {
        fields.degree ??= piece.text;
      }
    } else if (school) {
      // "Kent State University, Kent, Ohio": the part holding the school word, whole.
      const parts = schoolParts(piece.text, true).filter((p) => !isLocation(p.text));
      fields.school ??= parts.find((p) => hasSchool(p.text))?.text ?? schoolName(piece.text) ?? piece.text;
    } else if (!isLocation(piece.text)) {
      fields.spare.push(piece.text);
    }
  }
  return fields;
}

/**
 * Parts of a line, with a place joined to a school by "at" kept in the school's name ("University of
 * Texas at Austin"): the entry splitter cuts at " at " for "Engineer at Google".
 */
function schoolParts(text: string, commas: boolean): Part[] {
  const out: Part[] = [];
  for (const part of splitParts(text, 0, commas)) {
    const prev = out[out.length - 1];
    const place = part.sep === "at" && wordCount(part.text) <= 3 && !hasSchool(part.text) && !hasDegree(part.text);
    if (prev && place && hasSchool(prev.text)) out[out.length - 1] = { ...prev, text: `${prev.text} at ${part.text}` };
    else out.push(part);
  }
  return out;
}

/** A degree printed as a bare abbreviation ("B.S.", "MSc") whose subject may follow on the next line. */
function isBareDegree(degree: string): boolean {
  return wordCount(degree) === 1 && degree.length <= 6;
}

function looksLikeSchoolName(text: string): boolean {
  const share = capitalisedShare(text);
  return !isLocation(text) && text.length <= 60 && wordCount(text) <= 6 && !/\d|["„“”«»]/.test(text) && (share == null || share >= 0.5);
}

function values(d: Draft): { start: string | null; end: string | null } {
  const m = d.date;
  if (!m) return { start: null, end: d.later };
  if (!m.isRange) return { start: null, end: m.start?.value ?? d.later };
  const end = m.end?.value ?? null;
  // "2013 – present" then "expected 2016": the expected date is the end.
  return { start: m.start?.value ?? null, end: (end === "present" || end == null) && d.later ? d.later : end };
}
