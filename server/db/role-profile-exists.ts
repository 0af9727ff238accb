/** Whether a role profile with this slug is loaded (the seed mirrors lib/profiles/data). */
import { db } from "./prisma";

export async function roleProfileExists(slug: string): Promise<boolean> {
  return (await db().roleProfile.count({ where: { slug } })) > 0;
}
