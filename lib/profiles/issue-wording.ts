/**
 * Validation problems of a role profile in words an admin understands without knowing the schema:
 * what is wrong (`describeProfileIssue`) and where (`nameProfilePath`). One wording for the
 * editor's own checks, the server's answers (create, edit, import, preview) and the import page.
 */
import type { z } from "zod";

/** The value at a zod issue's path, to tell a missing field from one of the wrong type. */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const TYPE_WORDS: Record<string, string> = {
  string: "text",
  array: "a list",
  object: "an object with fields",
  boolean: "true or false",
};

function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return "text";
  if (typeof value === "object") return "an object";
  return `a ${typeof value}`;
}

/** A zod issue of the profile schema as one sentence; `input` is the value that was validated. */
export function describeProfileIssue(issue: z.core.$ZodIssue, input?: unknown): string {
  switch (issue.code) {
    case "invalid_type": {
      const value = valueAt(input, issue.path);
      if (value === undefined) return "This is required.";
      if (issue.expected === "number") return "Enter a number.";
      const wanted = TYPE_WORDS[issue.expected];
      return wanted ? `Use ${wanted} here, not ${kindOf(value)}.` : "This value has the wrong type.";
    }
    case "too_small":
      if (issue.origin === "string") return Number(issue.minimum) <= 1 ? "This is required." : `Use at least ${issue.minimum} characters.`;
      if (issue.origin === "array") return `Add at least ${issue.minimum}.`;
      if (issue.origin === "number") return issue.inclusive ? `Use ${issue.minimum} or more.` : `Use a number above ${issue.minimum}.`;
      return sentence(issue.message);
    case "too_big":
      if (issue.origin === "number") return issue.inclusive ? `Use ${issue.maximum} or less.` : `Use a number below ${issue.maximum}.`;
      if (issue.origin === "string") return `Use at most ${issue.maximum} characters.`;
      if (issue.origin === "array") return `Use at most ${issue.maximum}.`;
      return sentence(issue.message);
    case "invalid_format":
      // The schema's only pattern is SLUG_RE (slugs, categories, career-move roles).
      if (issue.format === "regex") return "Use lower-case letters and digits, words joined by single hyphens (e.g. ml-frameworks).";
      return sentence(issue.message);
    case "invalid_value":
      return `Choose one of: ${issue.values.map(String).join(", ")}.`;
    case "unrecognized_keys":
      return `Unknown field${issue.keys.length === 1 ? "" : "s"}: ${issue.keys.join(", ")}.`;
    default:
      // The schema's own checks (duplicate categories, a form naming two keywords) are worded there.
      return sentence(issue.message);
  }
}

function sentence(text: string): string {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

export const PROFILE_FIELD_NAMES: Readonly<Record<string, string>> = {
  slug: "Slug",
  title: "Title",
  description: "Description",
  jobTitles: "Job titles",
  track: "Track",
  keywordGroups: "Keyword groups",
  certifications: "Certifications",
  portfolioSignals: "Portfolio signals",
  sections: "Expected sections",
  sourceRoles: "Roles people move from",
  destinationRoles: "Roles people move on to",
  category: "category id",
  label: "label",
  weight: "weight",
  keywords: "keywords",
  term: "term",
  aliases: "aliases",
  variants: "spellings",
  guarded: "guarded forms",
  negatives: "not when inside",
  importance: "importance",
  stem: "inflections",
  name: "name",
  issuer: "issuer",
  why: "why it matters",
  kind: "kind",
  terms: "words or hosts",
  sectionKinds: "section kinds",
  linkKinds: "link kinds",
  form: "form",
  context: "context",
};

/** Lists of objects: an item is named by its position and, when set, by the field in brackets. */
const ITEMS: Readonly<Record<string, { noun: string; nameField: string }>> = {
  keywordGroups: { noun: "keyword group", nameField: "label" },
  keywords: { noun: "keyword", nameField: "term" },
  certifications: { noun: "certification", nameField: "name" },
  portfolioSignals: { noun: "portfolio signal", nameField: "label" },
  sections: { noun: "expected section", nameField: "kind" },
  guarded: { noun: "guarded form", nameField: "form" },
};

/**
 * "keywordGroups.1.keywords.2.aliases" → "Keyword group 2 (ML frameworks), keyword 3 (Keras), aliases",
 * the names in brackets read from `root` (the profile, or the editor's form, which has the same
 * shape). With `several`, the path starts with the profile's index in an imported array.
 */
export function nameProfilePath(path: string, root?: unknown, { several = false }: { several?: boolean } = {}): string {
  const parts = path === "" ? [] : path.split(".");
  const words: string[] = [];
  let value = root;
  let i = 0;
  if (several && parts.length > 0 && /^\d+$/.test(parts[0])) {
    value = valueAt(root, [Number(parts[0])]);
    words.push(`profile ${Number(parts[0]) + 1}${bracket(valueAt(value, ["slug"]))}`);
    i = 1;
  }
  for (; i < parts.length; i++) {
    const key = parts[i];
    const next = parts[i + 1];
    const item = ITEMS[key];
    if (next !== undefined && /^\d+$/.test(next)) {
      const element = valueAt(value, [key, Number(next)]);
      words.push(item ? `${item.noun} ${Number(next) + 1}${bracket(valueAt(element, [item.nameField]))}` : `${lower(PROFILE_FIELD_NAMES[key] ?? key)}, item ${Number(next) + 1}`);
      value = element;
      i++;
      continue;
    }
    words.push(lower(PROFILE_FIELD_NAMES[key] ?? key));
    value = valueAt(value, [key]);
  }
  const text = words.length ? words.join(", ") : "the profile";
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function bracket(name: unknown): string {
  return typeof name === "string" && name.trim() ? ` (${name.trim()})` : "";
}

/** Field names start lower-case inside a path; only the whole path is capitalised. */
function lower(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}
