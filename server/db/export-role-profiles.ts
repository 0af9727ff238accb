/** Role profiles as JSON text in the layout of lib/profiles/data (one object, or an array of all). */
import { exportProfile, exportProfiles } from "../../lib/profiles/load-profiles";
import { db } from "./prisma";
import { readStoredProfile } from "./role-profile-record";
import { getRoleProfileOrThrow } from "./get-role-profile-or-throw";

/** One profile when `slug` is given (404 if unknown), otherwise every profile sorted by slug. */
export async function exportRoleProfiles(slug?: string): Promise<string> {
  if (slug) return exportProfile((await getRoleProfileOrThrow(slug)).profile);
  const rows = await db().roleProfile.findMany({ orderBy: { slug: "asc" }, select: { slug: true, data: true } });
  return exportProfiles(rows.map(readStoredProfile));
}
