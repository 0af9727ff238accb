/** The short human summary `ats-check` prints without --json. */
import type { Report, Warning } from "../lib/report/schema";

const SEVERITIES: Warning["severity"][] = ["high", "medium", "low", "info"];
const MAX_WARNINGS_SHOWN = 8;
const MAX_KEYWORDS_SHOWN = 10;

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
    const missing = match.keywords.filter((k) => !k.found).map((k) => k.term);
    if (missing.length > 0) {
      const shown = missing.slice(0, MAX_KEYWORDS_SHOWN).join(", ");
      lines.push(`Missing keywords: ${shown}${missing.length > MAX_KEYWORDS_SHOWN ? ", …" : ""}`);
    }
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

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 80 ? `${flat.slice(0, 77)}…` : flat;
}
