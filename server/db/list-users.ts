/** Every account, newest first, for user management (admins only; the route checks). */
import { db } from "./prisma";
import { toUserSummary, USER_SUMMARY_SELECT, type UserSummary } from "./user-summary";

export async function listUsers(): Promise<UserSummary[]> {
  const rows = await db().user.findMany({ select: USER_SUMMARY_SELECT, orderBy: [{ createdAt: "desc" }, { email: "asc" }] });
  return rows.map(toUserSummary);
}
