/**
 * Marks laid over the report's `ats.text`: where keywords, contact details, warning evidence and
 * non-body regions (headers, footers, text boxes, tables) sit. Everything comes from the report
 * (matcher offsets, regions) or from finding the report's own quoted strings in the text
 * (lib/report/locate-text.ts); nothing is analysed here.
 */
import { locateContactValue, locateEvidence, TextIndex } from "../../../lib/report/locate-text";
import type { Report, TextRange, TextRegion } from "../../../lib/report/schema";

export type ContactField = "name" | "email" | "phone" | "location";

export interface KeywordMark extends TextRange {
  kind: "keyword";
  term: string;
}
export interface ContactMark extends TextRange {
  kind: "contact";
  field: ContactField;
}
export interface EvidenceMark extends TextRange {
  kind: "evidence";
  /** Whose evidence: `w<n>` for `report.ats.warnings[n]`, `s<n>` for `report.suggestions[n]`. */
  target: string;
}
export interface RegionMark extends TextRange {
  kind: "region";
  source: TextRegion["source"];
}

export type TextMark = KeywordMark | ContactMark | EvidenceMark | RegionMark;

export interface ReportMarks {
  marks: TextMark[];
  /** Per warning (same order as the report): the ranges its evidence quotes, possibly none. */
  evidence: TextRange[][];
  /** The same per suggestion. */
  suggestionEvidence: TextRange[][];
}

export function reportMarks(report: Report): ReportMarks {
  const { text } = report.ats;
  const index = new TextIndex(text);
  const marks: TextMark[] = [];

  for (const region of report.ats.regions ?? []) marks.push({ kind: "region", source: region.source, start: region.start, end: region.end });

  // Keywords: the matcher's own offsets; profile and job-description terms together, once each place.
  const seen = new Set<string>();
  const addKeyword = (term: string, ranges: readonly TextRange[] | undefined) => {
    for (const r of ranges ?? []) {
      const key = `${r.start}:${r.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      marks.push({ kind: "keyword", term, start: r.start, end: r.end });
    }
  };
  for (const k of report.match?.keywords ?? []) if (k.found) addKeyword(k.term, k.occurrences);
  for (const k of report.match?.jd?.keywords ?? []) if (k.found) addKeyword(k.term, k.occurrences);

  const { contact } = report;
  const addContact = (field: ContactField, value: string | null) => {
    if (!value) return;
    const found = locateContactValue(index, value, field === "phone" ? "phone" : "text");
    // A name or a city recurs (a running header, a job's location): the contact block is the first one.
    for (const r of field === "name" || field === "location" ? found.slice(0, 1) : found) marks.push({ kind: "contact", field, ...r });
  };
  addContact("name", contact.name);
  contact.emails.forEach((e) => addContact("email", e));
  contact.phones.forEach((p) => addContact("phone", p));
  addContact("location", contact.location);

  const evidence = report.ats.warnings.map((w) => locateEvidence(index, w.evidence));
  evidence.forEach((ranges, n) => ranges.forEach((r) => marks.push({ kind: "evidence", target: `w${n}`, ...r })));
  const suggestionEvidence = report.suggestions.map((s) => (s.evidence ? locateEvidence(index, s.evidence) : []));
  suggestionEvidence.forEach((ranges, n) => ranges.forEach((r) => marks.push({ kind: "evidence", target: `s${n}`, ...r })));

  return { marks: marks.filter((m) => m.end > m.start && m.start >= 0 && m.end <= text.length), evidence, suggestionEvidence };
}

export interface Segment extends TextRange {
  marks: TextMark[];
}

/** `[start, end)` cut wherever a mark begins or ends; each piece lists the marks covering it. */
export function segments(start: number, end: number, marks: readonly TextMark[]): Segment[] {
  const inside = marks.filter((m) => m.start < end && m.end > start);
  const cuts = new Set<number>([start, end]);
  for (const m of inside) {
    if (m.start > start) cuts.add(m.start);
    if (m.end < end) cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i];
    const b = points[i + 1];
    out.push({ start: a, end: b, marks: inside.filter((m) => m.start <= a && m.end >= b) });
  }
  return out;
}

export const REGION_LABELS: Record<TextRegion["source"], string> = {
  header: "Page header",
  footer: "Page footer",
  textbox: "Text box",
  table: "Table",
  footnote: "Footnote",
};

export const CONTACT_LABELS: Record<ContactField, string> = {
  name: "name",
  email: "e-mail",
  phone: "phone",
  location: "location",
};
