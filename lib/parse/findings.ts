/**
 * Findings the parse stage can back with evidence: no e-mail or phone, headings an ATS will not
 * recognise, dates in mixed or unreadable formats, and unusual bullet glyphs.
 */
import { finding, type Finding } from "../warnings/finding";
import type { Contact } from "../report/schema";
import { isUnusualBullet, leadingBullet } from "./bullets";
import { findDates, type DateFormat } from "./dates";
import { classifyLines } from "./entries/groups";
import type { ParseLine, ParsedText } from "./lines";
import type { SectionSpan } from "./sections";
import { isPrivateUse, wordCount } from "./text";

export function contactFindings(contact: Contact, hasText: boolean): Finding[] {
  if (!hasText) return [];
  const out: Finding[] = [];
  if (!contact.emails.length) out.push(finding("missing_email", "no e-mail address found"));
  if (!contact.phones.length) out.push(finding("missing_phone", "no phone number found"));
  return out;
}

/**
 * Non-standard headings are worth a warning when several of them are used, or when one of them
 * stands for a core section (experience, education, skills) an ATS would then miss.
 */
export function headingFindings(parsed: ParsedText, sections: SectionSpan[]): Finding[] {
  const odd = sections.filter((s) => s.nonstandard && s.detectedBy === "heading");
  const core = odd.some((s) => s.kind === "experience" || s.kind === "education" || s.kind === "skills");
  if (odd.length < 2 && !core) return [];
  const first = parsed.lines[odd[0].headingLines[0]];
  return [finding("nonstandard_headings", odd.map((s) => `"${s.heading}"`).join(", "), first?.page ?? null, odd.length)];
}

const FAMILY: Partial<Record<DateFormat, string>> = {
  "month-name": "month name",
  numeric: "numeric",
  cjk: "numeric",
};

/**
 * Dates in entry headers printed in more than one style ("Jan 2020" next to "03/2019"), or date
 * ranges that cannot be read ("20XX – 20XX").
 */
export function dateFindings(parsed: ParsedText, sections: SectionSpan[]): Finding[] {
  const out: Finding[] = [];
  const styles = new Map<string, string>();
  const unreadable: string[] = [];
  let page: number | null = null;
  for (const s of sections) {
    if (s.kind !== "experience" && s.kind !== "education") continue;
    const lines = s.contentLines.map((i) => parsed.lines[i]);
    for (const l of classifyLines(lines)) {
      if (l.role !== "header") continue;
      for (const d of findDates(l.text)) {
        for (const t of [d.start, d.end]) {
          if (!t) continue;
          if (t.format === "placeholder") unreadable.push(d.text);
          const family = FAMILY[t.format];
          if (family && !styles.has(family)) {
            styles.set(family, t.text);
            page ??= l.line.page;
          }
        }
      }
    }
  }
  if (styles.size > 1) out.push(finding("date_format", [...styles.values()].join(" / "), page, styles.size));
  if (unreadable.length) out.push(finding("date_format", unreadable[0], null, unreadable.length));
  return out;
}

/** Bullet glyphs outside the common set, counted per glyph. */
export function bulletFindings(lines: ParseLine[]): Finding[] {
  const counts = new Map<string, { n: number; page: number | null }>();
  for (const l of lines) {
    const mark = leadingBullet(l.raw);
    if (!mark || !isUnusualBullet(mark.glyph)) continue;
    // An icon-font glyph before a contact value or heading is an icon, not a bullet.
    if (isPrivateUse(mark.glyph) && (wordCount(mark.rest) < 4 || /@|https?:|www\./i.test(mark.rest))) continue;
    const c = counts.get(mark.glyph) ?? { n: 0, page: l.page };
    c.n++;
    counts.set(mark.glyph, c);
  }
  const out: Finding[] = [];
  for (const [glyph, c] of counts) {
    if (c.n < 2) continue;
    out.push(finding("unusual_bullets", glyph, c.page, c.n));
  }
  return out;
}
