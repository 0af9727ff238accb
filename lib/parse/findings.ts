/**
 * Findings the parse stage can back with evidence: no e-mail or phone, headings an ATS will not
 * recognise, dates in mixed formats, and unusual bullet glyphs.
 */
import { finding, type Finding } from "../warnings/finding";
import type { Contact } from "../report/schema";
import { isUnusualBullet, leadingBullet, leadingIconBullet } from "./bullets";
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
 * Dates in entry headers printed in more than one style ("Jan 2020" next to "03/2019"). A template's
 * placeholders ("20XX", "year–year") are not a style: they are left for the reader to fill in.
 */
export function dateFindings(parsed: ParsedText, sections: SectionSpan[]): Finding[] {
  const styles = new Map<string, string>();
  let page: number | null = null;
  for (const s of sections) {
    if (s.kind !== "experience" && s.kind !== "education") continue;
    const lines = s.contentLines.map((i) => parsed.lines[i]);
    for (const l of classifyLines(lines)) {
      if (l.role !== "header") continue;
      for (const d of findDates(l.text)) {
        for (const t of [d.start, d.end]) {
          const family = t ? FAMILY[t.format] : undefined;
          if (family && !styles.has(family)) {
            styles.set(family, t!.text);
            page ??= l.line.page;
          }
        }
      }
    }
  }
  return styles.size > 1 ? [finding("date_format", [...styles.values()].join(" / "), page, styles.size)] : [];
}

/**
 * Bullet glyphs outside the common set, counted per glyph: unusual characters, and bullets drawn
 * with an icon font (which an ATS reads as a stray letter or nothing). Heading lines are skipped: an
 * icon before a heading is decoration, not a list. So is a glyph that only marks lines which each
 * open a list of their own ("◎ Backend" above "• Ruby"): a sub-heading marker.
 */
export function bulletFindings(lines: ParseLine[], headingLines: ReadonlySet<number> = new Set()): Finding[] {
  const marks = lines.map((l) => (headingLines.has(l.index) ? null : lineMarker(l)));
  const counts = new Map<string, { n: number; opensList: number; page: number | null; evidence: string }>();
  marks.forEach((mark, i) => {
    if (!mark || mark.common) return;
    const c = counts.get(mark.key) ?? { n: 0, opensList: 0, page: lines[i].page, evidence: mark.evidence };
    c.n++;
    const next = marks[i + 1];
    if (next && next.key !== mark.key) c.opensList++;
    counts.set(mark.key, c);
  });
  const out: Finding[] = [];
  for (const c of counts.values()) {
    if (c.n < 2 || c.opensList === c.n) continue;
    out.push(finding("unusual_bullets", c.evidence, c.page, c.n));
  }
  return out;
}

interface LineMark {
  key: string;
  evidence: string;
  /** A common bullet: never reported, but it tells list items from sub-heading markers. */
  common: boolean;
}

function lineMarker(l: ParseLine): LineMark | null {
  const iconFont = leadingIconBullet(l);
  if (iconFont) return { key: `icon:${iconFont}`, evidence: `bullets drawn with the icon font ${iconFont}, e.g. before "${l.text.slice(0, 40)}"`, common: false };
  const mark = leadingBullet(l.raw);
  if (!mark) return null;
  if (!isUnusualBullet(mark.glyph)) return { key: mark.glyph, evidence: mark.glyph, common: true };
  // An icon-font glyph before a contact value or heading is an icon, not a bullet.
  if (isPrivateUse(mark.glyph) && (wordCount(mark.rest) < 4 || /@|https?:|www\./i.test(mark.rest))) return null;
  return { key: mark.glyph, evidence: mark.glyph, common: false };
}
