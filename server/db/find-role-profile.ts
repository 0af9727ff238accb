/**
 * The role profile as stored in the database, validated, or null. The web app scores with this
 * version (not the shipped file), so an admin's edit applies to the next analysis.
 *
 * Every upload asks for one. Validating a profile (JSON and its zod schema) cost more than the rest
 * of the upload's work on the server's thread, so the validated profile is kept per slug with the
 * stored text it came from, and reused while the row still holds that text. Callers must not
 * modify it.
 */
import type { RoleProfile } from "../../lib/profiles/schema";
import { db } from "./prisma";
import { readStoredProfile } from "./role-profile-record";

const validated = new Map<string, { data: string; profile: RoleProfile }>();

export async function findRoleProfile(slug: string): Promise<RoleProfile | null> {
  const row = await db().roleProfile.findUnique({ where: { slug }, select: { slug: true, data: true } });
  if (!row) return null;
  const known = validated.get(slug);
  if (known?.data === row.data) return known.profile;
  const profile = readStoredProfile(row);
  validated.set(slug, { data: row.data, profile });
  return profile;
}
