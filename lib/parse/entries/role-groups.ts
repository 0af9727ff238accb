/**
 * Header runs that hold more than one role, or less than one: several dated lines in one run are
 * several roles, and place/date lines printed after a role's bullets belong to the role above.
 */
import { isLocation } from "../contact/location";
import { isDateOnly, stripDates, type DateMention } from "../dates";
import type { EntryGroup, EntryLine } from "./groups";
import { wordCount } from "../text";

/**
 * Place and date lines printed after a role's bullets (right-aligned columns extract there) run
 * straight into the next role's title lines: give them back to the role above when it has no date.
 */
export function moveTrailingMeta(groups: EntryGroup[]): EntryGroup[] {
  for (let i = 1; i < groups.length; i++) {
    const g = groups[i];
    const prev = groups[i - 1];
    if (!prev.body.length || prev.header.some(isDatedLine)) continue;
    let k = 0;
    while (k < g.header.length && isMeta(g.header[k])) k++;
    if (k === 0 || k === g.header.length || !g.header.slice(0, k).some(isDatedLine)) continue;
    prev.header.push(...g.header.splice(0, k));
  }
  return groups;
}

function isMeta(l: EntryLine): boolean {
  const text = l.text.replace(DURATION_ONLY, "").trim();
  return !text || isDateOnly(text) || isLocation(text) || l.dates.length > 0 && isLocation(stripDates(text));
}

const DURATION_ONLY = /^\(?\d+\s*(?:years?|yrs?|months?|mos?)(?:\s*,?\s*\d+\s*(?:months?|mos?))?\)?$/i;

/**
 * A sub-heading inside the section ("Vocational", "Freelance") set in a larger font right above a
 * dated line that names the role by itself ("2019–2021 Data Scientist, Acme, Berlin."): it groups
 * the roles under it and is not part of the first one.
 */
export function dropSubheading(group: EntryGroup): EntryGroup {
  const [first, second] = group.header;
  if (!second || first.dates.length || wordCount(first.text) > 3 || !isDatedLine(second)) return group;
  if (first.line.fontSize == null || second.line.fontSize == null || first.line.fontSize < second.line.fontSize + 0.5) return group;
  const names = stripDates(second.text).split(/\s*[,|]\s*|\t/).filter((p) => /\p{L}/u.test(p) && !isLocation(p));
  return names.length >= 2 ? { ...group, header: group.header.slice(1) } : group;
}

/** Several dated lines in one header run are several roles. */
export function splitByDates(group: EntryGroup): EntryGroup[] {
  const dated = group.header.map(isDatedLine);
  if (dated.filter(Boolean).length <= 1) return [group];
  const chunks: EntryGroup[] = [];
  const dateFirst = dated[0];
  let current: EntryLine[] = [];
  group.header.forEach((l, i) => {
    // "2003 – 2004 und" / "2006 – 2012": one role with two stints.
    const stint = i > 0 && dated[i - 1] && isDateOnly(group.header[i - 1].text) && isDateOnly(l.text);
    if (dateFirst && dated[i] && current.length && !stint) {
      chunks.push({ header: current, body: [] });
      current = [];
    }
    // A place or date-only line right after a dated line still belongs to that role.
    if (!dateFirst && !dated[i] && i > 0 && dated[i - 1] && current.length === 0 && chunks.length && isLocation(l.text)) {
      chunks[chunks.length - 1].header.push(l);
      return;
    }
    current.push(l);
    const nextStint = i + 1 < group.header.length && isDateOnly(l.text) && isDateOnly(group.header[i + 1].text);
    if (!dateFirst && dated[i] && !nextStint) {
      chunks.push({ header: current, body: [] });
      current = [];
    }
  });
  if (current.length) {
    if (current.every((l) => isLocation(l.text) || isDateOnly(l.text)) && chunks.length) chunks[chunks.length - 1].header.push(...current);
    else chunks.push({ header: current, body: [] });
  }
  chunks[chunks.length - 1].body = group.body;
  return chunks;
}

export function isDatedLine(l: EntryLine): boolean {
  return l.dates.some((d: DateMention) => d.isRange || d.start?.format !== "year") || (l.dates.length > 0 && isDateOnly(l.text));
}
