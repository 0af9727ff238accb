/**
 * Scores one report against its label with eval.py's rules: what counts, what is a hit, and which
 * parts only apply to documents with a text layer. Returns counts (summed by `summarize`) and, for
 * `--verbose`, every miss as "want … got …".
 */
import type { Report } from "../../lib/report/schema";
import type { Label } from "./labels";
import { linkFound, normText, normUrl, phoneDigits, similar } from "./metrics";

/** The codes eval.py scores; its warning macro F1 averages over those of them that occur. */
export const EVAL_PY_WARNING_CODES = [
  "no_text_layer",
  "multi_column",
  "tables",
  "text_boxes",
  "header_footer_content",
  "garbled_text",
  "ligatures",
  "letter_spacing",
  "nonstandard_headings",
  "icon_glyphs",
  "images",
  "long_document",
  "missing_email",
  "missing_phone",
] as const;

export const CONTACT_FIELDS = ["name", "email", "phone", "link", "location"] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];

export interface Tally {
  hit: number;
  total: number;
}

export interface FileScore {
  textLayer: boolean;
  contact: Record<ContactField, Tally>;
  /**
   * Text-layer files only (else null): the name, every labelled email and every labelled phone found,
   * and no email or phone reported where the label has none.
   */
  nameEmailPhoneRight: boolean | null;
  sectionKinds: { tp: number; fp: number; fn: number };
  headings: Tally;
  experience: { labelled: boolean; countExact: boolean; entries: Tally; startYearRight: number };
  education: Tally;
  skills: Tally;
  warnings: { wanted: string[]; got: string[] };
  fit: { human: number; score: number } | null;
  misses: string[];
}

/** A crashed file is scored as an empty report: everything labelled counts as missed. */
export function scoreFile(label: Label, report: Report | null): FileScore {
  const misses: string[] = [];
  const textLayer = label.text_layer;
  const { contact, nameEmailPhoneRight } = scoreContact(label, report, misses);

  const sectionKinds = { tp: 0, fp: 0, fn: 0 };
  const headings = emptyTally();
  const experience = { labelled: false, countExact: false, entries: emptyTally(), startYearRight: 0 };
  const education = emptyTally();
  const skills = emptyTally();
  if (textLayer) {
    scoreSections(label, report, sectionKinds, headings, misses);
    scoreExperience(label, report, experience, misses);
    scoreEducation(label, report, education, misses);
    const got = arrayOf(report?.skills).map(normText);
    const missing = label.hard_skills.filter((s) => !got.includes(normText(s)));
    skills.total = label.hard_skills.length;
    skills.hit = skills.total - missing.length;
    if (missing.length) misses.push(`skills: missing ${showList(missing)} (got ${got.length})`);
  }

  const wanted = [...new Set(label.ats_issues)];
  const got = [...new Set(arrayOf(report?.ats?.warnings).map((w) => w.code as string))];
  const missedWarnings = wanted.filter((w) => !got.includes(w));
  const falseWarnings = got.filter((w) => !wanted.includes(w));
  if (missedWarnings.length || falseWarnings.length) {
    misses.push(`warnings: missing ${showList(missedWarnings)} false ${showList(falseWarnings)}`);
  }

  const score = report?.match?.score;
  const fit =
    typeof score === "number" && label.ml_engineer_fit !== null && textLayer
      ? { human: label.ml_engineer_fit, score }
      : null;

  return {
    textLayer,
    contact,
    nameEmailPhoneRight,
    sectionKinds,
    headings,
    experience,
    education,
    skills,
    warnings: { wanted, got },
    fit,
    misses,
  };
}

/** Contact fields count on text-layer documents only (nothing can be read from a scan). */
function scoreContact(
  label: Label,
  report: Report | null,
  misses: string[],
): Pick<FileScore, "contact" | "nameEmailPhoneRight"> {
  const contact = Object.fromEntries(CONTACT_FIELDS.map((f) => [f, emptyTally()])) as Record<ContactField, Tally>;
  if (!label.text_layer) return { contact, nameEmailPhoneRight: null };
  const c = report?.contact;
  if (label.name) {
    contact.name.total++;
    if (c?.name && normText(c.name) === normText(label.name)) contact.name.hit++;
    else misses.push(`name: want ${q(label.name)} got ${q(c?.name)}`);
  }
  const gotEmails = arrayOf(c?.emails);
  const lowered = gotEmails.map((e) => e.toLowerCase());
  for (const e of label.emails) {
    contact.email.total++;
    if (lowered.includes(e.toLowerCase())) contact.email.hit++;
    else misses.push(`email: want ${q(e)} got ${showList(gotEmails)}`);
  }
  const gotPhones = arrayOf(c?.phones);
  const gotDigits = gotPhones.map(phoneDigits);
  for (const p of label.phones) {
    contact.phone.total++;
    const d = phoneDigits(p);
    if (d && gotDigits.includes(d)) contact.phone.hit++;
    else misses.push(`phone: want ${q(p)} got ${showList(gotPhones)}`);
  }
  // Stored reports of other tools may list links as bare strings; eval.py accepts both.
  const gotLinks = arrayOf(c?.links).map((l) => (typeof l === "string" ? l : (l?.url ?? "")) as string);
  for (const l of label.links) {
    if (!l.url) continue;
    contact.link.total++;
    if (linkFound(l.url, gotLinks)) contact.link.hit++;
    else misses.push(`link: want ${q(normUrl(l.url))} got ${showList(gotLinks.map(normUrl))}`);
  }
  if (label.location) {
    contact.location.total++;
    if (similar(c?.location, label.location, 0.7)) contact.location.hit++;
    else misses.push(`location: want ${q(label.location)} got ${q(c?.location)}`);
  }

  // The strict per-file view: an email or phone reported where none is printed is wrong too.
  const inventedEmail = !label.emails.length && gotEmails.length > 0;
  const inventedPhone = !label.phones.length && gotPhones.length > 0;
  if (inventedEmail) misses.push(`email: want none got ${showList(gotEmails)}`);
  if (inventedPhone) misses.push(`phone: want none got ${showList(gotPhones)}`);
  const allFound = (t: Tally) => t.hit === t.total;
  const nameEmailPhoneRight =
    allFound(contact.name) && allFound(contact.email) && allFound(contact.phone) && !inventedEmail && !inventedPhone;
  return { contact, nameEmailPhoneRight };
}

function scoreSections(
  label: Label,
  report: Report | null,
  kinds: FileScore["sectionKinds"],
  headings: Tally,
  misses: string[],
): void {
  const want = new Set(label.sections.map((s) => s.kind).filter((k) => k !== "other"));
  const gotSections = arrayOf(report?.sections);
  const got = new Set(
    gotSections.map((s) => s.kind as string).filter((k) => k && k !== "other" && k !== "contact"),
  );
  const missing = [...want].filter((k) => !got.has(k)).sort();
  const extra = [...got].filter((k) => !want.has(k)).sort();
  kinds.tp += want.size - missing.length;
  kinds.fp += extra.length;
  kinds.fn += missing.length;
  if (missing.length || extra.length) misses.push(`sections: missing ${showList(missing)} extra ${showList(extra)}`);

  const gotHeads = gotSections.map((s) => normText(s.heading));
  const notFound: string[] = [];
  for (const s of label.sections) {
    headings.total++;
    if (gotHeads.includes(normText(s.heading))) headings.hit++;
    else notFound.push(s.heading);
  }
  if (notFound.length) misses.push(`headings: not found ${showList(notFound)} got ${showList(gotSections.map((s) => s.heading))}`);
}

function scoreExperience(
  label: Label,
  report: Report | null,
  out: FileScore["experience"],
  misses: string[],
): void {
  const want = label.experience;
  const got = arrayOf(report?.experience);
  if (!want.length) return;
  out.labelled = true;
  out.countExact = got.length === want.length;
  if (!out.countExact) {
    misses.push(`experience count: want ${want.length} got ${got.length} ${showList(got.map(entryText))}`);
  }
  for (const w of want) {
    out.entries.total++;
    // The first reported entry whose title matches, or whose company matches when one is labelled.
    const hit = got.find((g) => similar(g.title, w.title) || (w.company && similar(g.company, w.company)));
    if (!hit) {
      misses.push(`experience: not found ${q(entryText(w))}`);
      continue;
    }
    out.entries.hit++;
    const wantYear = (w.start ?? "").slice(0, 4);
    const gotYear = /(19|20)\p{Nd}\p{Nd}/u.exec(hit.start ?? "")?.[0];
    if (wantYear && gotYear && gotYear === wantYear) out.startYearRight++;
    // An entry labelled without a start year still counts in the denominator, as in eval.py.
    // Naming the matched entry shows when eval.py's first-match rule paired the wrong entries.
    else if (wantYear) {
      misses.push(`experience start: want ${q(w.start)} got ${q(hit.start)} for ${q(entryText(w))} (matched ${q(entryText(hit))})`);
    }
  }
}

function scoreEducation(label: Label, report: Report | null, out: Tally, misses: string[]): void {
  const got = arrayOf(report?.education);
  for (const w of label.education) {
    out.total++;
    if (got.some((g) => similar(g.school, w.school) || similar(g.degree, w.degree))) out.hit++;
    else misses.push(`education: not found ${q(`${w.degree ?? ""} @ ${w.school ?? ""}`)} got ${showList(got.map((g) => `${g.degree ?? ""} @ ${g.school ?? ""}`))}`);
  }
}

/** The array, or none: reports read from disk (`--outputs`) may be malformed, and are still scored. */
function emptyTally(): Tally {
  return { hit: 0, total: 0 };
}

function arrayOf<T>(value: readonly T[] | null | undefined): readonly T[] {
  return Array.isArray(value) ? value : [];
}

function entryText(e: { title: string | null; company: string | null }): string {
  return `${e.title ?? ""} @ ${e.company ?? ""}`;
}

function q(s: string | null | undefined): string {
  return s == null ? "null" : JSON.stringify(s);
}

function showList(items: readonly string[]): string {
  return `[${items.map((s) => JSON.stringify(s)).join(", ")}]`;
}
