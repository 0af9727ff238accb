/**
 * The job title an ad is for. In order of trust:
 *   1. a label: "Job Title: …", "Position: …", "Role: …";
 *   2. one of the first lines, written as a heading and naming a role ("Sr. ML Engineer – Remote");
 *   3. a hiring sentence: "We are hiring a Senior ML Engineer to …", "Join us as a Data Engineer".
 * A candidate must name a role (a role noun such as "Engineer", or one of the profiles' job titles),
 * so "About Acme" or "Remote (US)" is never taken for the title.
 */
import type { RoleProfile } from "../../profiles/schema";

const ROLE_NOUNS = new Set(
  (
    "engineer developer scientist analyst architect manager director lead researcher designer specialist " +
    "consultant administrator technician officer head vp president cto ceo cfo coo cio cdo intern " +
    "statistician programmer sre mle owner coordinator strategist fellow economist mathematician " +
    "quant modeler modeller technologist principal partner advocate evangelist nurse teacher " +
    "accountant assistant representative agent clerk therapist pharmacist physician driver operator " +
    "writer editor recruiter attorney lawyer paralegal auditor planner supervisor chef mechanic electrician"
  ).split(" "),
);

const LABEL_RE = /^\s*(?:[#*_\s]*)(?:job\s+title|position\s+title|role\s+title|title|position|role|job|opening|vacancy)\s*[:\-–—]\s*(.+)$/im;

const HIRING_RE =
  /\b(?:we(?:'re|’re| are)|is|are|am)\s+(?:currently\s+|actively\s+|now\s+)?(?:hiring|looking\s+for|seeking|searching\s+for|recruiting)\s+(?:for\s+)?(?:an?\s+|our\s+(?:next\s+|first\s+|new\s+)?|one\s+|two\s+|several\s+)?([^\n,.;:!?()]+)/gi;
const JOIN_AS_RE = /\b[Jj]oin\s+(?:us|our\s+team|the\s+team|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)?)\s+as\s+(?:an?\s+|our\s+)?([^\n,.;:!?()]+)/g;
const AS_AN_RE = /(?:^|[.!?]\s+|\n)As\s+an?\s+([^\n,.;:!?()]+?),\s+you\b/g;

/** Words after which a title stops in running text. */
const STOP_AFTER_RE = /\s+(?:to|who|that|which|with|for|in|at|on|based|located|join|joining|and\s+(?:help|work|build)|passionate|excited|eager|ready|responsible|able)\b.*$/i;

export interface TitleFound {
  title: string;
  /** The line or phrase it was read from. */
  start: number;
  end: number;
}

export function extractTitle(text: string, profiles: readonly RoleProfile[] = []): string | null {
  return findTitle(text, profiles)?.title ?? null;
}

export function findTitle(text: string, profiles: readonly RoleProfile[] = []): TitleFound | null {
  const jobTitles = profileTitles(profiles);
  const head = text.slice(0, 4000);

  const label = LABEL_RE.exec(head);
  if (label && looksLikeHeading(label[1].trim())) {
    const title = cleanTitle(label[1], jobTitles);
    if (title) return { title, start: label.index, end: label.index + label[0].length };
  }

  let seen = 0;
  for (const line of head.matchAll(/[^\n]+/g)) {
    const trimmed = line[0].trim();
    if (!trimmed) continue;
    if (++seen > 5) break;
    if (!looksLikeHeading(trimmed)) continue;
    const title = cleanTitle(trimmed, jobTitles);
    if (title) return { title, start: line.index, end: line.index + line[0].length };
  }

  for (const re of [HIRING_RE, JOIN_AS_RE, AS_AN_RE]) {
    for (const m of head.matchAll(re)) {
      const title = cleanTitle(m[1].replace(STOP_AFTER_RE, ""), jobTitles, true);
      if (title) return { title, start: m.index, end: m.index + m[0].length };
    }
  }
  return null;
}

function looksLikeHeading(line: string): boolean {
  const words = line.replace(/^[#*_\s]+|[*_\s]+$/g, "").split(/\s+/);
  return words.length <= 14 && !/[.!?]$/.test(line.replace(/\b(?:Sr|Jr)\.$/, ""));
}

/**
 * The title part of a line or phrase, lightly normalised, or null when it names no role.
 * `prose`: the phrase comes from a sentence, so leading lower-case adjectives ("an experienced")
 * are dropped and the phrase ends at its last role noun.
 */
function cleanTitle(raw: string, jobTitles: ReadonlySet<string>, prose = false): string | null {
  let line = raw.replace(/[*_#`]+/g, " ").replace(/\s+/g, " ").trim();
  // "Senior ML Engineer | Acme | Remote", "ML Engineer – Berlin", "ML Engineer @ Acme", "… at Acme".
  const pieces = line.split(/\s+[|–—@·•]\s+|\s+-\s+|\s+at\s+(?=\p{Lu})/u);
  line = pieces.find((p) => namesRole(p, jobTitles)) ?? "";
  if (!line) return null;
  line = line
    .replace(/\s*\((?:m\/f\/d|f\/m\/d|m\/w\/d|w\/m\/d|f\/m\/x|m\/f\/x|all genders|remote|hybrid|on-?site|full[- ]time|part[- ]time|contract)[^)]*\)/gi, "")
    .replace(/\s*[,(]\s*(?:remote|hybrid|on-?site|full[- ]time|part[- ]time|contract)\b.*$/i, "");
  let words = line.split(" ").filter(Boolean);
  if (prose) {
    const firstCapital = words.findIndex((w) => /^\p{Lu}/u.test(w));
    if (firstCapital > 0) words = words.slice(firstCapital);
    let lastRole = -1;
    words.forEach((w, i) => {
      if (ROLE_NOUNS.has(bare(w))) lastRole = i;
    });
    if (lastRole >= 0) words = words.slice(0, lastRole + 1);
    if (words.length > 8) return null;
  }
  const title = words.map(expandAbbreviation).join(" ").replace(/[\s,:;\-–—]+$/, "").trim();
  if (!title || title.length > 100) return null;
  return isShouting(title) ? titleCase(title) : title;
}

function namesRole(text: string, jobTitles: ReadonlySet<string>): boolean {
  const words = text.split(/[\s/]+/).map(bare);
  if (words.some((w) => ROLE_NOUNS.has(w))) return true;
  const joined = ` ${words.join(" ")} `;
  for (const title of jobTitles) if (joined.includes(` ${title} `)) return true;
  return false;
}

function bare(word: string): string {
  return word.toLowerCase().replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, "");
}

const ABBREVIATIONS: Record<string, string> = {
  "sr.": "Senior",
  sr: "Senior",
  "snr.": "Senior",
  snr: "Senior",
  "jr.": "Junior",
  jr: "Junior",
  "mgr.": "Manager",
  mgr: "Manager",
  "engr.": "Engineer",
  engr: "Engineer",
  "eng.": "Engineer",
};

function expandAbbreviation(word: string): string {
  return ABBREVIATIONS[word.toLowerCase()] ?? word;
}

function isShouting(title: string): boolean {
  const letters = title.replace(/[^\p{L}]/gu, "");
  return letters.length > 4 && letters === letters.toUpperCase();
}

/** "SENIOR ML ENGINEER" → "Senior ML Engineer": short words stay capitals (they are acronyms). */
function titleCase(title: string): string {
  return title
    .split(" ")
    .map((w) => (w.length <= 3 ? w : w[0] + w.slice(1).toLowerCase()))
    .join(" ");
}

/** Profile job titles, normalised, cached by the profiles' slugs (callers pass fresh arrays). */
const titleCache = new Map<string, Set<string>>();

function profileTitles(profiles: readonly RoleProfile[]): Set<string> {
  const key = profiles.map((p) => p.slug).join("\n");
  let titles = titleCache.get(key);
  if (!titles) {
    titles = new Set(profiles.flatMap((p) => [p.title, ...p.jobTitles]).map((t) => t.toLowerCase().split(/[\s/]+/).map(bare).join(" ")));
    if (titleCache.size > 16) titleCache.clear();
    titleCache.set(key, titles);
  }
  return titles;
}
