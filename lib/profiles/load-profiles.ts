/**
 * Loading, validating, exporting and importing role profiles. Every way in (shipped files, a folder,
 * an uploaded JSON, a database row) goes through `parseProfile`, so a profile the matcher sees has
 * always passed the schema, with defaults applied.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { BUILTIN_PROFILE_DATA } from "./builtin";
import { roleProfileSchema, type RoleProfile } from "./schema";

/** A profile that does not pass the schema; `issues` says where and why. */
export class ProfileError extends Error {
  readonly issues: z.core.$ZodIssue[];
  constructor(source: string, issues: z.core.$ZodIssue[], detail: string) {
    super(`invalid role profile (${source}): ${detail}`);
    this.name = "ProfileError";
    this.issues = issues;
  }
}

/** Validates one profile object; throws `ProfileError` naming `source` when it does not conform. */
export function parseProfile(data: unknown, source = "input"): RoleProfile {
  const result = roleProfileSchema.safeParse(data);
  if (!result.success) throw new ProfileError(source, result.error.issues, z.prettifyError(result.error));
  return result.data;
}

let builtin: Map<string, RoleProfile> | null = null;

function builtinMap(): Map<string, RoleProfile> {
  if (!builtin) {
    builtin = new Map();
    for (const [slug, data] of Object.entries(BUILTIN_PROFILE_DATA).sort(([a], [b]) => a.localeCompare(b))) {
      const profile = parseProfile(data, `lib/profiles/data/${slug}.json`);
      if (profile.slug !== slug) throw new Error(`lib/profiles/data/${slug}.json declares slug "${profile.slug}"`);
      builtin.set(slug, profile);
    }
  }
  return builtin;
}

/** The shipped profiles, validated once, sorted by slug. Same objects on every call (compile cache). */
export function builtinProfiles(): RoleProfile[] {
  return [...builtinMap().values()];
}

export function getProfile(slug: string): RoleProfile | undefined {
  return builtinMap().get(slug);
}

/** One line per profile for `--list-roles` and pickers. */
export function listProfiles(): { slug: string; title: string; description: string }[] {
  return builtinProfiles().map(({ slug, title, description }) => ({ slug, title, description }));
}

/** Every `*.json` in `dir` as a profile, sorted by slug (for custom profile folders). */
export function loadProfilesFromDir(dir: string): RoleProfile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .map((name) => {
      const file = path.join(dir, name);
      return parseProfile(parseJson(readFileSync(file, "utf8"), file), file);
    })
    .sort((a, b) => a.slug.localeCompare(b.slug));
}

/** A profile as JSON in the layout of `data/*.json`; `importProfile` reads it back unchanged. */
export function exportProfile(profile: RoleProfile): string {
  return `${formatJson(parseProfile(profile, profile.slug))}\n`;
}

/** Several profiles as one JSON array. */
export function exportProfiles(profiles: readonly RoleProfile[]): string {
  return `${formatJson(profiles.map((p) => parseProfile(p, p.slug)))}\n`;
}

/**
 * Two-space indented JSON with short arrays of strings kept on one line, so a profile file reads as
 * one keyword per few lines and diffs stay small.
 */
export function formatJson(value: unknown, indent = ""): string {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    if (value.every((v) => typeof v === "string")) {
      const flat = `[${value.map((v) => JSON.stringify(v)).join(", ")}]`;
      if (flat.length + indent.length <= 110) return flat;
    }
    return `[\n${value.map((v) => inner + formatJson(v, inner)).join(",\n")}\n${indent}]`;
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return "{}";
    return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${formatJson(v, inner)}`).join(",\n")}\n${indent}}`;
  }
  return JSON.stringify(value);
}

/** A profile from JSON text (or an already-parsed object), validated. */
export function importProfile(json: string | unknown, source = "import"): RoleProfile {
  return parseProfile(typeof json === "string" ? parseJson(json, source) : json, source);
}

/** One profile or an array of profiles from JSON text, validated; duplicate slugs are refused. */
export function importProfiles(json: string | unknown, source = "import"): RoleProfile[] {
  const data = typeof json === "string" ? parseJson(json, source) : json;
  const list = Array.isArray(data) ? data : [data];
  const profiles = list.map((item, i) => parseProfile(item, `${source}[${i}]`));
  const seen = new Set<string>();
  for (const p of profiles) {
    if (seen.has(p.slug)) throw new Error(`${source}: slug "${p.slug}" appears twice`);
    seen.add(p.slug);
  }
  return profiles;
}

function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${source}: not valid JSON (${(error as Error).message})`);
  }
}
