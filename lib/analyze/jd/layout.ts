/**
 * The shape of a job description: its headings (what each part of the ad is for) and its clauses
 * (the sentence or bullet a term sits in). Job ads are pasted text with no reliable markup, so a
 * heading is recognised by how it is written (a colon at the end, Markdown, capitals, Title Case)
 * or, for a plain short line, by consisting only of heading words ("Nice to have").
 */

/** What a part of the ad is for. `other` is a heading we do not recognise: it ends the previous part. */
export type PartRole = "required" | "preferred" | "duties" | "company" | "skip" | "other";

export interface JdHeading {
  start: number;
  end: number;
  text: string;
  role: PartRole;
}

/** A sentence, a bullet or a `;`-separated piece of one: the unit a cue phrase governs. */
export interface Clause {
  start: number;
  end: number;
  /** Role of the heading above the clause, or null before the first heading. */
  part: PartRole | null;
}

export interface JdLayout {
  text: string;
  headings: JdHeading[];
  clauses: Clause[];
  /** Clause containing `offset`, or null (on a heading line or between clauses). */
  clauseAt(offset: number): Clause | null;
}

/**
 * Heading vocabulary, first match wins: `skip` before `preferred` before `required` because
 * "Preferred qualifications" is preferred and "Benefits and requirements" is not an ask.
 */
const ROLE_PATTERNS: [PartRole, RegExp][] = [
  [
    "skip",
    /\b(benefits|perks|what we offer|we offer|compensation|salary|pay (range|transparency)|equal (employment )?opportunit|eeo|diversity|inclusion|how to apply|to apply|application process|hiring process|interview process|next steps|accommodations?|location|working hours|legal|disclaimer)\b/,
  ],
  [
    "preferred",
    /\b(nice[\s-]to[\s-]haves?|good[\s-]to[\s-]haves?|preferred|bonus|pluses|plus points|extra credit|desired|desirable|ideally|even better|stand out|sets? you apart|would be (great|nice)|not required|optional|additional (qualifications|skills))\b/,
  ],
  [
    "duties",
    /\b(responsibilit\w*|what you('ll| will)( be)? (do|doing|work on)|(about )?(the|our|your) team|about the (role|position|job|opportunity)|the (role|position|job|opportunity)|role (overview|summary|description)|position (overview|summary)|job (description|summary|overview)|your (role|impact|mission|day)|day[\s-]to[\s-]day|duties|in this role|key (tasks|accountabilities)|overview)\b/,
  ],
  [
    "required",
    /\b(requirements?|required|qualifications?|must[\s-]haves?|what you('ll| will) (need|bring)|you (have|bring|are|should have|will have)|who you are|about you|what (we're|we are) looking for|looking for|skills|experience|your (background|profile)|essential|minimum|basic|competenc\w*|what it takes|what we need|knowledge|expertise|prerequisites)\b/,
  ],
  // What the team works with: named tools are welcome, not each one a must.
  ["preferred", /\b(stack|tech|technolog(y|ies)|tools|tooling)\b/],
  ["company", /\b(about|who we are|our (company|mission|story|culture|values)|company (overview|description)|why (join|work|us)|life at)\b/],
];

/**
 * Words a plain (unmarked, sentence-case) heading line may consist of. A plain line counts as a
 * heading only if every word is one of these, so the bullet "Experience with Kubernetes" never
 * becomes a "required" heading while "Nice to have" does.
 */
const HEADING_WORDS = new Set(
  (
    "about us you your our the a an and or of to for in this we what who why how will be do doing need bring " +
    "have has is are 'll you'll we're it's it takes looking role position job opportunity team company " +
    "requirements requirement required qualifications qualification skills skill experience knowledge " +
    "expertise responsibilities responsibility duties tasks nice good to haves preferred bonus points plus " +
    "pluses desired desirable ideally even better extra credit optional additional minimum basic key must " +
    "essential benefits perks offer compensation salary apply process overview summary description day " +
    "impact mission culture values background profile technical core stand out sets apart would great " +
    "prerequisites competencies competences stack tech tools tooling technologies use"
  ).split(" "),
);

const BULLET_RE = /^[^\S\n]*(?:[-*•◦▪▫●○■□►▸‣⁃∙·✓✔➢➤–—]|\d{1,2}[.)])[^\S\n]+/u;
const SENTENCE_END_RE = /(?<!\b(?:e\.g|i\.e|etc|vs|Sr|Jr|Inc|Ltd|No|approx))[.!?](?=\s|$)|;/g;

export function layoutOf(text: string): JdLayout {
  const headings: JdHeading[] = [];
  const clauses: Clause[] = [];
  let part: PartRole | null = null;
  let lineStart = 0;
  let previousLine = "";
  let openClause: Clause | null = null;
  while (lineStart <= text.length) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim()) {
      const heading = headingOf(line, newline >= 0 && nextLineIsBullet(text, newline + 1));
      if (heading) {
        headings.push({ start: lineStart, end: lineEnd, text: heading.text, role: heading.role });
        part = heading.role;
        openClause = null;
      } else {
        // A hard-wrapped sentence continues on a line starting in lower case.
        const continues = openClause !== null && /^[^\S\n]*\p{Ll}/u.test(line) && !/[.:;!?]\s*$/.test(previousLine);
        let from = lineStart;
        if (continues && openClause) {
          const cut = firstSentenceEnd(line);
          openClause.end = cut < 0 ? lineEnd : lineStart + cut + 1;
          from = openClause.end;
        }
        for (const [start, end] of splitSentences(text, from, lineEnd)) {
          openClause = { start, end, part };
          clauses.push(openClause);
        }
      }
    } else {
      openClause = null;
    }
    previousLine = line;
    if (newline < 0) break;
    lineStart = newline + 1;
  }
  clauses.sort((a, b) => a.start - b.start);
  return {
    text,
    headings,
    clauses,
    clauseAt: (offset) => {
      let lo = 0;
      let hi = clauses.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const c = clauses[mid];
        if (offset < c.start) hi = mid - 1;
        else if (offset >= c.end) lo = mid + 1;
        else return c;
      }
      return null;
    },
  };
}

/** The role of a heading's text, or null when it names no part we know. */
export function classifyHeading(text: string): PartRole | null {
  const norm = normalizeHeading(text);
  for (const [role, pattern] of ROLE_PATTERNS) if (pattern.test(norm)) return role;
  return null;
}

function normalizeHeading(text: string): string {
  return text.toLowerCase().replace(/[\u2018\u2019\u02BC]/g, "'").replace(/&/g, " and ").replace(/\s+/g, " ").trim();
}

/**
 * The line as a heading, or null when it is content. `beforeList`: the next line is a bullet, so a
 * short unpunctuated line here introduces a list ("In your first 90 days").
 */
function headingOf(line: string, beforeList: boolean): { text: string; role: PartRole } | null {
  if (BULLET_RE.test(line) && !/^\s*#/.test(line)) return null;
  const markdown = /^\s*(#{1,6}\s|\*\*|__)/.test(line);
  const stripped = line
    .replace(/^\s*#{1,6}\s*/, "")
    .replace(/[*_=]{2,}/g, "")
    // Emoji and symbols decorating a heading ("🎯 What you'll do", "► Requirements").
    .replace(/^[^\p{L}\p{N}]+/u, "")
    .trim();
  const colon = /:\s*$/.test(stripped);
  const text = stripped.replace(/\s*:\s*$/, "").trim();
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 8) return null;
  // "Requirements: Python, SQL" is a labelled line of content, not a heading.
  if (!colon && /[:.!?;]/.test(text.replace(/\b(?:e\.g|i\.e|etc|Sr|Jr)\./g, ""))) return null;
  if (!colon && text.includes(",")) return null;
  const role = classifyHeading(text);
  const letters = text.replace(/[^\p{L}]/gu, "");
  const capitals = letters.length >= 3 && letters === letters.toUpperCase();
  const titleCase = words.every((w) => w.length < 4 || /^[\p{Lu}\d("'&]/u.test(w));
  if (colon || markdown || capitals) return { text, role: role ?? "other" };
  const plain = words.every((w) => HEADING_WORDS.has(w.toLowerCase().replace(/[^\p{L}']/gu, "")));
  if (role && (plain || (titleCase && words.length <= 6))) return { text, role };
  if (plain && words.length <= 4) return { text, role: "other" };
  if (beforeList && !/[.,;!?]$/.test(text)) return { text, role: role ?? "other" };
  return null;
}

function nextLineIsBullet(text: string, from: number): boolean {
  const rest = /^(?:[^\S\n]*\n)*([^\n]*)/.exec(text.slice(from, from + 400));
  return rest !== null && BULLET_RE.test(rest[1]);
}

/** Sentence and `;` pieces of text[from, to), trimmed; bullet markers excluded. */
function splitSentences(text: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  const slice = text.slice(from, to);
  const marker = BULLET_RE.exec(slice);
  let start = marker ? marker[0].length : 0;
  SENTENCE_END_RE.lastIndex = 0;
  const push = (s: number, e: number) => {
    const piece = slice.slice(s, e);
    const lead = piece.length - piece.trimStart().length;
    const trimmedEnd = e - (piece.length - piece.trimEnd().length);
    if (trimmedEnd > s + lead) out.push([from + s + lead, from + trimmedEnd]);
  };
  for (const m of slice.matchAll(SENTENCE_END_RE)) {
    if (m.index < start) continue;
    push(start, m.index + 1);
    start = m.index + 1;
  }
  push(start, slice.length);
  return out;
}

function firstSentenceEnd(line: string): number {
  SENTENCE_END_RE.lastIndex = 0;
  const m = SENTENCE_END_RE.exec(line);
  SENTENCE_END_RE.lastIndex = 0;
  return m ? m.index : -1;
}
