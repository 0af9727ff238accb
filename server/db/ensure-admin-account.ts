/**
 * `npm run create-admin`: makes `email` an enabled admin. A new account needs a password; an
 * existing one is promoted (and gets the password when one is given).
 */
import { AppError } from "../errors";
import { emailSchema, parseInput } from "./account-input";
import { createUserAccount } from "./create-user-account";
import { db } from "./prisma";
import { setUserPassword } from "./set-user-password";

export interface EnsureAdminAccountOptions {
  email: string;
  password?: string;
  name?: string;
}

export type EnsureAdminAccountResult = "created" | "promoted" | "already-admin";

export async function ensureAdminAccount({ email, password, name }: EnsureAdminAccountOptions): Promise<EnsureAdminAccountResult> {
  const address = parseInput(emailSchema, email);
  const existing = await db().user.findUnique({ where: { email: address }, select: { id: true, role: true, banned: true } });
  if (!existing) {
    if (!password) throw new AppError("bad_request", "A new account needs a password.");
    await createUserAccount({ email: address, password, name, role: "admin" });
    return "created";
  }
  if (password) await setUserPassword({ userId: existing.id, password });
  const wasAdmin = existing.role === "admin" && !existing.banned;
  await db().user.update({ where: { id: existing.id }, data: { role: "admin", banned: false, banReason: null, banExpires: null } });
  return wasAdmin ? "already-admin" : "promoted";
}
