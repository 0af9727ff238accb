/** The short human summary `ats-check` prints without --json. */
import type { Report, Warning } from "../lib/report/schema";

const SEVERITIES: Warning["severity"][] = ["high", "medium", "low", "info"];
const MAX_WARNINGS_SHOWN = 8;
const MAX_KEYWORDS_SHOWN = 10;
const MAX_SUGGESTIONS_SHOWN = 3;

export function formatSummary(report: Report): string {
  const { file, ats, contact, sections, match } = report;
  const lines: string[] = [];
  lines.push(`${file.name} — ${file.format.toUpperCase()}, ${plural(file.pages, "page")}, ${formatBytes(file.bytes)}`);
  if (match) lines.push(`Score: ${Math.round(match.score)}/100 for ${match.profile}`);

  const counts = SEVERITIES.map((s) => `${ats.warnings.filter((w) => w.severity === s).length} ${s}`);
  lines.push(`Warnings: ${counts.join(", ")}`);
  const ordered = [...ats.warnings].sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
  for (const warning of ordered.slice(0, MAX_WARNINGS_SHOWN)) {
    // Some evidence already names its page ("page 1: 2 columns…").
    const where = warning.page !== null && !/^page \d/i.test(warning.evidence) ? `page ${warning.page}: ` : "";
    lines.push(`  [${warning.severity}] ${warning.message} (${where}${oneLine(warning.evidence)})`);
  }
  if (ordered.length > MAX_WARNINGS_SHOWN) lines.push(`  … and ${ordered.length - MAX_WARNINGS_SHOWN} more (--json for all)`);

  const found = [
    contact.name && `name ${contact.name}`,
    contact.emails.length > 0 && `email ${contact.emails.join(", ")}`,
    contact.phones.length > 0 && `phone ${contact.phones.join(", ")}`,
    contact.location && `location ${contact.location}`,
    contact.links.length > 0 && `links ${contact.links.map((l) => l.url).join(", ")}`,
  ].filter(Boolean);
  lines.push(`Contact: ${found.length > 0 ? found.join("; ") : "nothing found"}`);
  lines.push(`Sections: ${sections.length > 0 ? sections.map((s) => s.kind).join(", ") : "none recognised"}`);

  if (match) {
    // Required keywords first (stable, so profile order within each importance).
    const missing = match.keywords
      .filter((k) => !k.found)
      .sort((a, b) => Number(b.importance === "required") - Number(a.importance === "required"))
      .map((k) => k.term);
    if (missing.length > 0) {
      const shown = missing.slice(0, MAX_KEYWORDS_SHOWN).join(", ");
      lines.push(`Missing keywords: ${shown}${missing.length > MAX_KEYWORDS_SHOWN ? ", …" : ""}`);
    }
    const t = match.transition;
    if (t) {
      const months = t.timeline ? ` (the guide says ${t.timeline.minMonths}–${t.timeline.maxMonths} months)` : "";
      const learn = t.toLearn.length > 0 ? `; to learn: ${t.toLearn.slice(0, 5).join(", ")}` : "";
      lines.push(`Career: reads as ${t.currentRole.title} → ${t.targetRole.title}${months}${learn}`);
    }
  }
  if (report.suggestions.length > 0) {
    lines.push("Top suggestions:");
    for (const s of report.suggestions.slice(0, MAX_SUGGESTIONS_SHOWN)) lines.push(`  [${s.priority}] ${oneLine(s.message, 160)}`);
  }
  return lines.join("\n");
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function oneLine(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 3)}…` : flat;
}
