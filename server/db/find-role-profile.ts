/**
 * The role profile as stored in the database, validated, or null. The web app scores with this
 * version (not the shipped file), so an admin's edit applies to the next analysis.
 */
import type { RoleProfile } from "../../lib/profiles/schema";
import { db } from "./prisma";
import { readStoredProfile } from "./role-profile-record";

export async function findRoleProfile(slug: string): Promise<RoleProfile | null> {
  const row = await db().roleProfile.findUnique({ where: { slug }, select: { slug: true, data: true } });
  return row ? readStoredProfile(row) : null;
}
