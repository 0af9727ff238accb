/**
 * Imports one profile or an array of profiles from JSON (admins): all are validated first (the
 * issues name the item, e.g. "1.keywordGroups.0.label"), then written in one transaction —
 * new slugs are created, existing ones replaced, each with a revision.
 */
import type { RoleProfile } from "../../lib/profiles/schema";
import { AppError } from "../errors";
import { parseProfileInput } from "../profiles/profile-input";
import { db } from "./prisma";
import { findStoredProfile, writeRoleProfile } from "./role-profile-record";

export interface ImportRoleProfilesOptions {
  data: unknown;
  authorId: string;
}

export interface ImportResult {
  created: string[];
  updated: string[];
  unchanged: string[];
}

const MAX_PROFILES = 200;

export async function importRoleProfiles({ data, authorId }: ImportRoleProfilesOptions): Promise<ImportResult> {
  const list = Array.isArray(data) ? data : [data];
  if (list.length === 0) throw new AppError("bad_request", "The import holds no profile.");
  if (list.length > MAX_PROFILES) throw new AppError("bad_request", `Import at most ${MAX_PROFILES} profiles at once.`);
  const profiles: RoleProfile[] = list.map((item, i) => parseProfileInput(item, Array.isArray(data) ? [i] : []));
  const seen = new Set<string>();
  for (const [i, profile] of profiles.entries()) {
    if (seen.has(profile.slug)) {
      throw new AppError("invalid_input", "Two profiles in the import have the same slug.", [
        { path: `${i}.slug`, message: `"${profile.slug}" appears twice.` },
      ]);
    }
    seen.add(profile.slug);
  }
  const result: ImportResult = { created: [], updated: [], unchanged: [] };
  await db().$transaction(async (tx) => {
    for (const profile of profiles) {
      const before = await findStoredProfile(tx, profile.slug);
      if (before && JSON.stringify(before) === JSON.stringify(profile)) {
        result.unchanged.push(profile.slug);
        continue;
      }
      await writeRoleProfile(tx, { action: "import", slug: profile.slug, before, after: profile, authorId });
      (before ? result.updated : result.created).push(profile.slug);
    }
  });
  return result;
}
