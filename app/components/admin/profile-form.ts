/**
 * The profile editor's form state and its two-way conversion with role profile JSON. Lists are
 * edited as text (comma lists, one job title per line) and numbers as the text typed, so the form
 * can hold half-typed input; validation is always the one profile schema (lib/profiles/schema.ts),
 * run on the converted value, and its issue paths are the form's field paths.
 */
import { guardContextSchema, roleProfileSchema, type GuardContext, type RoleProfile, type RoleProfileInput } from "../../../lib/profiles/schema";
import { describeProfileIssue } from "../../../lib/profiles/issue-wording";
import { formatLines, formatList, parseLines, parseList } from "./list-text";

export interface KeywordForm {
  key: string;
  term: string;
  aliases: string;
  variants: string;
  /** Comma list of guarded forms, each optionally followed by its context: "Go (language), CV (field)". */
  guarded: string;
  negatives: string;
  importance: string;
  /** Weight override as typed; "" = the group's weight. */
  weight: string;
  stem: boolean;
}

export interface KeywordGroupForm {
  key: string;
  category: string;
  label: string;
  weight: string;
  keywords: KeywordForm[];
}

export interface CertificationForm {
  key: string;
  name: string;
  issuer: string;
  aliases: string;
  importance: string;
  why: string;
}

export interface PortfolioSignalForm {
  key: string;
  kind: string;
  label: string;
  importance: string;
  terms: string;
  sectionKinds: string;
  linkKinds: string;
  why: string;
}

export interface ExpectedSectionForm {
  key: string;
  kind: string;
  importance: string;
}

export interface ProfileForm {
  slug: string;
  title: string;
  description: string;
  /** One job title per line. */
  jobTitles: string;
  track: string;
  keywordGroups: KeywordGroupForm[];
  certifications: CertificationForm[];
  portfolioSignals: PortfolioSignalForm[];
  sections: ExpectedSectionForm[];
  sourceRoles: string;
  destinationRoles: string;
}

let keyCounter = 0;
/** React list keys for rows; never part of the profile. */
export function newKey(): string {
  return `row-${++keyCounter}`;
}

export function newKeyword(): KeywordForm {
  return { key: newKey(), term: "", aliases: "", variants: "", guarded: "", negatives: "", importance: "required", weight: "", stem: true };
}

export function newKeywordGroup(): KeywordGroupForm {
  return { key: newKey(), category: "", label: "", weight: "1", keywords: [newKeyword()] };
}

export function newCertification(): CertificationForm {
  return { key: newKey(), name: "", issuer: "", aliases: "", importance: "preferred", why: "" };
}

export function newPortfolioSignal(): PortfolioSignalForm {
  return { key: newKey(), kind: "github", label: "", importance: "preferred", terms: "", sectionKinds: "", linkKinds: "", why: "" };
}

export function newExpectedSection(): ExpectedSectionForm {
  return { key: newKey(), kind: "experience", importance: "required" };
}

/** The form of a brand-new profile: one empty group with one empty keyword. */
export function emptyProfileForm(): ProfileForm {
  return {
    slug: "",
    title: "",
    description: "",
    jobTitles: "",
    track: "technical",
    keywordGroups: [newKeywordGroup()],
    certifications: [],
    portfolioSignals: [],
    sections: [newExpectedSection()],
    sourceRoles: "",
    destinationRoles: "",
  };
}

/** A profile (as stored, or any JSON that looks like one) as form state. Missing fields become empty. */
export function profileToForm(profile: RoleProfileInput): ProfileForm {
  return {
    slug: text(profile.slug),
    title: text(profile.title),
    description: text(profile.description),
    jobTitles: formatLines(strings(profile.jobTitles)),
    track: text(profile.track) || "technical",
    keywordGroups: array(profile.keywordGroups).map((group) => ({
      key: newKey(),
      category: text(group.category),
      label: text(group.label),
      weight: numberText(group.weight),
      keywords: array(group.keywords).map((keyword) => ({
        key: newKey(),
        term: text(keyword.term),
        aliases: formatList(strings(keyword.aliases)),
        variants: formatList(strings(keyword.variants)),
        guarded: formatList(array(keyword.guarded).map((g) => (g.context ? `${text(g.form)} (${g.context})` : text(g.form)))),
        negatives: formatList(strings(keyword.negatives)),
        importance: text(keyword.importance),
        weight: numberText(keyword.weight),
        stem: keyword.stem !== false,
      })),
    })),
    certifications: array(profile.certifications).map((cert) => ({
      key: newKey(),
      name: text(cert.name),
      issuer: text(cert.issuer),
      aliases: formatList(strings(cert.aliases)),
      importance: text(cert.importance),
      why: text(cert.why),
    })),
    portfolioSignals: array(profile.portfolioSignals).map((signal) => ({
      key: newKey(),
      kind: text(signal.kind),
      label: text(signal.label),
      importance: text(signal.importance),
      terms: formatList(strings(signal.terms)),
      sectionKinds: formatList(strings(signal.sectionKinds)),
      linkKinds: formatList(strings(signal.linkKinds)),
      why: text(signal.why),
    })),
    sections: array(profile.sections).map((section) => ({ key: newKey(), kind: text(section.kind), importance: text(section.importance) })),
    sourceRoles: formatList(strings(profile.sourceRoles)),
    destinationRoles: formatList(strings(profile.destinationRoles)),
  };
}

/**
 * The form as profile JSON, not yet validated: what the schema, the API and the preview receive.
 * Values the admin typed are passed as they are (a weight "abc" becomes NaN), so the schema — not
 * this function — says what is wrong.
 */
export function formToProfileInput(form: ProfileForm): RoleProfileInput {
  return {
    slug: form.slug.trim(),
    title: form.title.trim(),
    description: form.description.trim(),
    jobTitles: parseLines(form.jobTitles),
    track: form.track as RoleProfileInput["track"],
    keywordGroups: form.keywordGroups.map((group) => ({
      category: group.category.trim(),
      label: group.label.trim(),
      weight: toNumber(group.weight) as number,
      keywords: group.keywords.map((keyword) => {
        const weight = toNumber(keyword.weight);
        return {
          term: keyword.term.trim(),
          aliases: parseList(keyword.aliases),
          variants: parseList(keyword.variants),
          guarded: parseGuarded(keyword.guarded),
          negatives: parseList(keyword.negatives),
          importance: keyword.importance as "required",
          ...(weight !== undefined && { weight }),
          stem: keyword.stem,
        };
      }),
    })),
    certifications: form.certifications.map((cert) => ({
      name: cert.name.trim(),
      issuer: cert.issuer.trim(),
      aliases: parseList(cert.aliases),
      importance: cert.importance as "required",
      why: cert.why.trim(),
    })),
    portfolioSignals: form.portfolioSignals.map((signal) => ({
      kind: signal.kind as "github",
      label: signal.label.trim(),
      importance: signal.importance as "required",
      terms: parseList(signal.terms),
      sectionKinds: parseList(signal.sectionKinds) as ["summary"],
      linkKinds: parseList(signal.linkKinds) as ["github"],
      why: signal.why.trim(),
    })),
    sections: form.sections.map((section) => ({ kind: section.kind as "summary", importance: section.importance as "required" })),
    sourceRoles: parseList(form.sourceRoles),
    destinationRoles: parseList(form.destinationRoles),
  };
}

/** One problem for the form: `path` as the schema and the API give it ("keywordGroups.0.label"). */
export interface FormIssue {
  path: string;
  message: string;
}

export type ProfileValidation = { ok: true; profile: RoleProfile } | { ok: false; issues: FormIssue[] };

/** Validates the form with the profile schema; messages are reworded for people (lib/profiles/issue-wording.ts). */
export function validateProfileForm(form: ProfileForm): ProfileValidation {
  const input = formToProfileInput(form);
  const result = roleProfileSchema.safeParse(input);
  if (result.success) return { ok: true, profile: result.data };
  return { ok: false, issues: result.error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: describeProfileIssue(issue, input) })) };
}

/** Form fields edited as one text although the profile holds a list: an issue of item N lands on the field. */
const LIST_FIELDS = new Set(["aliases", "variants", "guarded", "negatives", "terms", "sectionKinds", "linkKinds", "jobTitles", "sourceRoles", "destinationRoles"]);

/**
 * Where an issue is shown: the form field (or row, or list) its path names. An issue inside a list
 * edited as text ("…aliases.1") lands on that field, prefixed with the item's position.
 */
export function placeIssue(issue: FormIssue): { field: string; message: string } {
  const parts = issue.path === "" ? [] : issue.path.split(".");
  const listAt = parts.findIndex((part) => LIST_FIELDS.has(part));
  if (listAt >= 0 && listAt + 1 < parts.length && /^\d+$/.test(parts[listAt + 1])) {
    return { field: parts.slice(0, listAt + 1).join("."), message: `Item ${Number(parts[listAt + 1]) + 1}: ${issue.message}` };
  }
  return { field: parts.join("."), message: issue.message };
}

/** Messages by field path, in the order found. */
export function issuesByField(issues: readonly FormIssue[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const issue of issues) {
    const { field, message } = placeIssue(issue);
    const list = map.get(field) ?? [];
    if (!list.includes(message)) list.push(message);
    map.set(field, list);
  }
  return map;
}

/** The element id of a field (or row) path: "keywordGroups.0.label" → "pf-keywordGroups-0-label". */
export function fieldId(path: string): string {
  return `pf-${path.replace(/\./g, "-") || "profile"}`;
}

const GUARD_CONTEXTS: readonly string[] = guardContextSchema.options;

function parseGuarded(textValue: string): { form: string; context?: GuardContext }[] {
  return parseList(textValue).map((item) => {
    const match = /^(.*?)\s*\((\w+)\)$/.exec(item);
    // Only a known context is split off; "C++ (ISO)" stays one form.
    return match && GUARD_CONTEXTS.includes(match[2]) ? { form: match[1], context: match[2] as GuardContext } : { form: item };
  });
}

/** "" → undefined (not given); anything else → its number, NaN when it is not one. */
function toNumber(value: string): number | undefined {
  const trimmed = value.trim();
  return trimmed === "" ? undefined : Number(trimmed);
}

function numberText(value: unknown): string {
  return typeof value === "number" ? String(value) : "";
}

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.map(text) : [];
}

/** Tolerates JSON that is not quite a profile (an import being repaired): non-arrays become []. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function array(value: unknown): any[] {
  return Array.isArray(value) ? value.filter((item) => item !== null && typeof item === "object") : [];
}
