/**
 * A suggestion before ranking: the report's fields plus `weight`, how much acting on it is worth
 * within its priority (points at stake, count of items), used only to order suggestions.
 */
import type { Suggestion } from "../../report/schema";

export interface Draft extends Suggestion {
  weight: number;
}

export type Priority = Suggestion["priority"];

export function draft(
  priority: Priority,
  category: string,
  message: string,
  action: string,
  evidence: string | null,
  weight: number,
): Draft {
  return { priority, category, message, evidence, action, weight };
}

/** "A, B and C" (up to `max` items, then "and N more"). */
export function listTerms(terms: readonly string[], max = 8): string {
  const shown = terms.slice(0, max);
  const more = terms.length - shown.length;
  if (more > 0) return `${shown.join(", ")} and ${more} more`;
  if (shown.length <= 1) return shown.join("");
  return `${shown.slice(0, -1).join(", ")} and ${shown[shown.length - 1]}`;
}

/** A statement quoted for a message, shortened on a word boundary. */
export function quote(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return `“${flat}”`;
  const cut = flat.slice(0, max - 1);
  return `“${cut.slice(0, Math.max(cut.lastIndexOf(" "), max * 0.6))}…”`;
}
