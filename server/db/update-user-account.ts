/**
 * Changes an account's role or disables / re-enables it. Nobody changes their own account here, so
 * an admin cannot lock themselves out and the last admin cannot demote themselves.
 */
import { z } from "zod";
import { AppError } from "../errors";
import { parseInput, roleSchema } from "./account-input";
import { db } from "./prisma";
import { toUserSummary, USER_SUMMARY_SELECT, type UserSummary } from "./user-summary";

export interface UpdateUserAccountOptions {
  /** The admin making the change. */
  actorId: string;
  userId: string;
  changes: { role?: string; disabled?: boolean };
}

const changesSchema = z
  .object({ role: roleSchema.optional(), disabled: z.boolean().optional() })
  .strict()
  .refine((changes) => changes.role !== undefined || changes.disabled !== undefined, "Send a role or disabled.");

export async function updateUserAccount({ actorId, userId, changes }: UpdateUserAccountOptions): Promise<UserSummary> {
  const { role, disabled } = parseInput(changesSchema, changes);
  if (userId === actorId) throw new AppError("forbidden", "You cannot change your own role or disable yourself.");
  const exists = await db().user.count({ where: { id: userId } });
  if (!exists) throw new AppError("not_found", "No such user.");
  const row = await db().$transaction(async (tx) => {
    const updated = await tx.user.update({
      where: { id: userId },
      data: {
        ...(role !== undefined && { role }),
        ...(disabled !== undefined && { banned: disabled, banReason: disabled ? "disabled by an admin" : null, banExpires: null }),
      },
      select: USER_SUMMARY_SELECT,
    });
    // A disabled account is signed out everywhere at once; a role change applies on the next request anyway.
    if (disabled) await tx.session.deleteMany({ where: { userId } });
    return updated;
  });
  return toUserSummary(row);
}
