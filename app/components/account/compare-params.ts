/**
 * The compare page's URL: `?before=<id>&after=<id>`, or the report list's form submission
 * `?id=<a>&id=<b>` (order unknown; the page puts the older first).
 */
export type CompareParams =
  | { kind: "pair"; before: string; after: string }
  | { kind: "unordered"; ids: [string, string] }
  | { kind: "none" }
  | { kind: "invalid"; message: string };

export function readCompareParams(search: Record<string, string | string[] | undefined>): CompareParams {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
  const before = first(search.before);
  const after = first(search.after);
  if (before && after) {
    return before === after ? { kind: "invalid", message: "Pick two different reports to compare." } : { kind: "pair", before, after };
  }
  if (before || after) return { kind: "invalid", message: "Pick a second report to compare with." };
  const ids = [...new Set((Array.isArray(search.id) ? search.id : search.id ? [search.id] : []).map((id) => id.trim()).filter(Boolean))];
  if (ids.length === 0) return { kind: "none" };
  if (ids.length !== 2) return { kind: "invalid", message: `Select exactly two reports to compare (${ids.length} selected).` };
  return { kind: "unordered", ids: [ids[0], ids[1]] };
}

/** The canonical address of a comparison. */
export function compareHref(before: string, after: string): string {
  return `/compare?${new URLSearchParams({ before, after })}`;
}

/** "+3.5", "−2", "±0": a change in points, signed in words a screen reader reads out. */
export function formatChange(change: number): string {
  const rounded = Math.round(change * 10) / 10;
  if (rounded === 0) return "±0";
  return rounded > 0 ? `+${rounded}` : `−${Math.abs(rounded)}`;
}

/** Points with at most one decimal. */
export function formatPoints(points: number): string {
  return String(Math.round(points * 10) / 10);
}
