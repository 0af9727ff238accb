/** Creates or updates one role profile row (the seed mirrors lib/profiles/data into the table). */
import { db } from "./prisma";

export interface UpsertRoleProfileOptions {
  slug: string;
  title: string;
  description: string;
  data: unknown;
}

export async function upsertRoleProfile({ slug, title, description, data }: UpsertRoleProfileOptions): Promise<void> {
  const fields = { title, description, data: JSON.stringify(data) };
  await db().roleProfile.upsert({ where: { slug }, create: { slug, ...fields }, update: fields });
}
