/** Role profiles offered in the upload form: slug and title, ordered by title. */
import { db } from "./prisma";

export interface RoleProfileSummary {
  slug: string;
  title: string;
}

export async function listRoleProfiles(): Promise<RoleProfileSummary[]> {
  return db().roleProfile.findMany({ select: { slug: true, title: true }, orderBy: { title: "asc" } });
}
