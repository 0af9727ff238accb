/**
 * Where a hit sits, and what that says about the skill. A skill used in an experience or project
 * bullet is demonstrated; one that only appears in a skills list, a summary or a course list is
 * merely listed, and recruiters (and ranking ATSs) give it less credit.
 */
export interface SectionSpan {
  kind: string;
  start: number;
  end: number;
}

export type Evidence = "demonstrated" | "listed" | "missing";

/** Credit a scorer may give per evidence level: a listed skill is worth a little over half. */
export const EVIDENCE_CREDIT: Record<Evidence, number> = { demonstrated: 1, listed: 0.6, missing: 0 };

/** Section kinds whose text shows work done with a skill. */
export const DEMONSTRATING_SECTIONS: ReadonlySet<string> = new Set([
  "experience",
  "projects",
  "publications",
  "volunteering",
  "activities",
]);

const BULLET_RE = /^[^\S\n]*[•◦▪▫●○■□►▸‣⁃∙·*✓✔➢➤–—-][^\S\n]+/u;
/** A bullet line this long is a sentence about work, not a comma list of skills. */
const MIN_BULLET_WORDS = 6;

/** Section lookup by offset: sorted once, then a binary search per hit. */
export function sectionLocator(sections: readonly SectionSpan[]): (offset: number) => string | null {
  const sorted = [...sections].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  return (offset) => {
    let lo = 0;
    let hi = sorted.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].start <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    // Sections may nest or overlap; walk back to the innermost one that still covers the offset.
    for (let i = found; i >= 0; i--) {
      if (offset < sorted[i].end) return sorted[i].kind;
    }
    return null;
  };
}

/**
 * Whether the hit at `offset` demonstrates the skill. Outside any recognised section (no headings
 * found, or an "other" section) a bullet that reads as a sentence counts as demonstration; a hit on
 * a wrapped line belongs to the bullet above it.
 */
export function demonstrates(text: string, offset: number, section: string | null): boolean {
  if (section !== null && section !== "other") return DEMONSTRATING_SECTIONS.has(section);
  const bullet = bulletAround(text, offset);
  if (bullet === null) return false;
  const words = bullet.split(/\s+/).filter(Boolean);
  return words.length >= MIN_BULLET_WORDS && (bullet.match(/,/g)?.length ?? 0) < words.length / 3;
}

/** How far up a wrapped bullet may run. */
const MAX_BULLET_LINES = 5;

/** The text of the bullet item containing `offset` (its marker removed), or null if none. */
function bulletAround(text: string, offset: number): string | null {
  let lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  for (let up = 0; up < MAX_BULLET_LINES; up++) {
    const lineEnd = text.indexOf("\n", lineStart);
    const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
    if (!line.trim()) return null;
    const marker = BULLET_RE.exec(line);
    if (marker) return text.slice(lineStart + marker[0].length, itemEnd(text, lineStart)).trim();
    if (lineStart === 0) return null;
    lineStart = text.lastIndexOf("\n", lineStart - 2) + 1;
  }
  return null;
}

/** End of the bullet item starting on the line at `lineStart`: the next bullet, blank line or limit. */
function itemEnd(text: string, lineStart: number): number {
  let end = text.indexOf("\n", lineStart);
  for (let down = 1; down < MAX_BULLET_LINES && end >= 0; down++) {
    const nextEnd = text.indexOf("\n", end + 1);
    const next = text.slice(end + 1, nextEnd < 0 ? text.length : nextEnd);
    if (!next.trim() || BULLET_RE.test(next)) break;
    end = nextEnd;
  }
  return end < 0 ? text.length : end;
}
