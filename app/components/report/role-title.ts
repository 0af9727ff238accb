/** The title of a scored role profile for display; its slug when the profile is gone or the database is down. */
import type { Report } from "../../../lib/report/schema";
import { listRoleProfiles } from "../../../server/db/list-role-profiles";

export async function roleTitleOf(report: Report): Promise<string> {
  const slug = report.match?.profile;
  if (!slug) return "";
  if (report.match?.transition?.targetRole.slug === slug) return report.match.transition.targetRole.title;
  try {
    return (await listRoleProfiles()).find((p) => p.slug === slug)?.title ?? slug;
  } catch {
    return slug;
  }
}
