/**
 * Deletes an account with its sessions, notes and share links. Its reports stay, unowned, reachable
 * by their private link only; the profile history keeps its entries without the author.
 */
import { AppError } from "../errors";
import { db } from "./prisma";

export interface DeleteUserAccountOptions {
  actorId: string;
  userId: string;
}

export async function deleteUserAccount({ actorId, userId }: DeleteUserAccountOptions): Promise<void> {
  if (userId === actorId) throw new AppError("forbidden", "You cannot delete your own account.");
  const { count } = await db().user.deleteMany({ where: { id: userId } });
  if (count === 0) throw new AppError("not_found", "No such user.");
}
