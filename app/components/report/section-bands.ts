/**
 * The reading text cut into bands for display: one per detected section (from the report's
 * `sections[].start/end`), plus the stretches no section covers (the name and contact block at the
 * top, stray text between sections). Whitespace-only stretches are dropped.
 */
import type { Section } from "../../../lib/report/schema";

export interface Band {
  start: number;
  end: number;
  section: Section | null;
}

export function sectionBands(text: string, sections: readonly Section[]): Band[] {
  const sorted = [...sections].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const out: Band[] = [];
  let at = 0;
  const gap = (start: number, end: number) => {
    const trimmed = trim(text, start, end);
    if (trimmed) out.push({ ...trimmed, section: null });
  };
  for (const section of sorted) {
    const start = Math.max(section.start, at);
    const end = Math.min(section.end, text.length);
    if (end <= start) continue;
    gap(at, start);
    const trimmed = trim(text, start, end);
    if (trimmed) out.push({ ...trimmed, section });
    at = end;
  }
  gap(at, text.length);
  return out;
}

function trim(text: string, start: number, end: number): { start: number; end: number } | null {
  let a = start;
  let b = end;
  while (a < b && /\s/.test(text[a])) a++;
  while (b > a && /\s/.test(text[b - 1])) b--;
  return b > a ? { start: a, end: b } : null;
}
