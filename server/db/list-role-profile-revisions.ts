/** The history of admin changes to role profiles, newest first, optionally for one slug. */
import { z } from "zod";
import { parseInput } from "./account-input";
import { db } from "./prisma";

export interface RoleProfileRevisionEntry {
  id: string;
  slug: string;
  action: string;
  summary: string;
  createdAt: Date;
  /** Null once the author's account is deleted. */
  author: { id: string; email: string; name: string } | null;
  /** The profile before and after the change (null for a creation or a deletion). */
  before: unknown;
  after: unknown;
}

const querySchema = z.object({
  slug: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export async function listRoleProfileRevisions(query: { slug?: string; limit?: number | string } = {}): Promise<RoleProfileRevisionEntry[]> {
  const { slug, limit } = parseInput(querySchema, query);
  const rows = await db().roleProfileRevision.findMany({
    where: slug ? { slug } : {},
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    include: { author: { select: { id: true, email: true, name: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    action: row.action,
    summary: row.summary,
    createdAt: row.createdAt,
    author: row.author,
    before: row.before === null ? null : JSON.parse(row.before),
    after: row.after === null ? null : JSON.parse(row.after),
  }));
}
