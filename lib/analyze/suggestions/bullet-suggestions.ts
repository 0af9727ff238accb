/**
 * Bullet-level suggestions, quoting the bullets: those without a measurable result (most recent roles
 * first, capped), and those with weak openers, first person or filler (capped). The rest are
 * summarised in one line so a long resume does not drown the report.
 */
import type { Statement } from "../checks";
import { draft, quote, type Draft } from "./draft";

export const MAX_QUOTED_UNMEASURED = 3;
export const MAX_QUOTED_WORDING = 3;

/** `order`: experience entry indices, most recent first. */
export function bulletSuggestions(statements: readonly Statement[], order: readonly number[]): Draft[] {
  const rank = new Map(order.map((entry, i) => [entry, i]));
  const byRecency = statements
    .map((s, i) => ({ s, i }))
    .sort((a, b) => (rank.get(a.s.entry) ?? order.length) - (rank.get(b.s.entry) ?? order.length) || a.i - b.i)
    .map(({ s }) => s);
  return [...unmeasured(byRecency), ...wording(byRecency)];
}

function where(s: Statement): string {
  const role = [s.title, s.company].filter(Boolean).join(", ");
  return role ? ` (${role})` : "";
}

function unmeasured(statements: readonly Statement[]): Draft[] {
  const lacking = statements.filter((s) => !s.measurable);
  const out = lacking.slice(0, MAX_QUOTED_UNMEASURED).map((s, i) =>
    draft(
      "medium",
      "impact",
      `No measurable result in this bullet${where(s)}: ${quote(s.text)}`,
      "Add the outcome with a figure: how much, how many, how fast or how often (e.g. “cut inference latency 40%”, “served 2M requests a day”, “saved 10 hours a week”).",
      s.text,
      MAX_QUOTED_UNMEASURED - i,
    ),
  );
  const more = lacking.length - out.length;
  if (more > 0) {
    out.push(
      draft(
        "low",
        "impact",
        `${more} more ${more === 1 ? "bullet lacks" : "bullets lack"} a measurable result (${lacking.length} of ${statements.length} in all).`,
        "Go through the remaining bullets and add a number to each one that has an outcome: scale, speed, money, time saved, accuracy.",
        null,
        0,
      ),
    );
  }
  return out;
}

function issues(s: Statement): string[] {
  const out: string[] = [];
  if (s.weakOpener) out.push(`opens with “${s.weakOpener}”`);
  if (s.firstPerson) out.push(`uses first person (“${s.firstPerson}”)`);
  if (s.filler.length > 0) out.push(`uses filler (${s.filler.map((f) => `“${f}”`).join(", ")})`);
  return out;
}

function fixes(s: Statement): string {
  const out: string[] = [];
  if (s.weakOpener) out.push("open with a strong action verb for what you did (Built, Led, Reduced, Automated…)");
  if (s.firstPerson) out.push("drop “I/my”: resume bullets are written without a subject");
  if (s.filler.length > 0) out.push(`replace ${s.filler.map((f) => `“${f}”`).join(", ")} with the specific thing you did or achieved`);
  const text = out.join("; ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function wording(statements: readonly Statement[]): Draft[] {
  const flagged = statements.filter((s) => issues(s).length > 0);
  const out = flagged.slice(0, MAX_QUOTED_WORDING).map((s, i) =>
    draft(
      s.weakOpener ? "medium" : "low",
      "wording",
      `This bullet${where(s)} ${joinIssues(issues(s))}: ${quote(s.text)}`,
      fixes(s),
      s.text,
      MAX_QUOTED_WORDING - i,
    ),
  );
  const more = flagged.length - out.length;
  if (more > 0) {
    out.push(
      draft(
        "low",
        "wording",
        `${more} more ${more === 1 ? "bullet has" : "bullets have"} weak openers, first person or filler.`,
        "Start every bullet with a strong past-tense verb, without “I”, and cut vague words such as “various” and “responsible for”.",
        null,
        0,
      ),
    );
  }
  return out;
}

function joinIssues(parts: string[]): string {
  return parts.length <= 1 ? parts.join("") : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}
