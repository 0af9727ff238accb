/** Every role profile with what the admin list shows: keyword count, last change, edited or shipped. */
import { BUILTIN_PROFILE_DATA } from "../../lib/profiles/builtin";
import { db } from "./prisma";
import { readStoredProfile } from "./role-profile-record";

export interface AdminRoleProfileSummary {
  slug: string;
  title: string;
  description: string;
  keywords: number;
  updatedAt: Date;
  customized: boolean;
  /** A profile shipped with the app (it can be reset to the shipped version). */
  shipped: boolean;
}

export async function listRoleProfilesForAdmin(): Promise<AdminRoleProfileSummary[]> {
  const rows = await db().roleProfile.findMany({ orderBy: { title: "asc" } });
  return rows.map((row) => {
    const profile = readStoredProfile(row);
    return {
      slug: row.slug,
      title: row.title,
      description: row.description,
      keywords: profile.keywordGroups.reduce((sum, group) => sum + group.keywords.length, 0),
      updatedAt: row.updatedAt,
      customized: row.customized,
      shipped: row.slug in BUILTIN_PROFILE_DATA,
    };
  });
}
