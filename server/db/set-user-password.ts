/**
 * Sets an account's password (hashed by better-auth) and signs it out everywhere. There is no email
 * in this app, so a forgotten password is reset by an admin (or `npm run create-admin` for admins).
 */
import { z } from "zod";
import { getAuth } from "../auth/auth";
import { AppError } from "../errors";
import { parseInput, passwordSchema } from "./account-input";
import { db } from "./prisma";

export interface SetUserPasswordOptions {
  userId: string;
  password: string;
}

export async function setUserPassword({ userId, password }: SetUserPasswordOptions): Promise<void> {
  const input = parseInput(z.object({ password: passwordSchema }), { password });
  if (!(await db().user.count({ where: { id: userId } }))) throw new AppError("not_found", "No such user.");
  const context = await getAuth().$context;
  const hash = await context.password.hash(input.password);
  await db().$transaction(async (tx) => {
    const { count } = await tx.account.updateMany({
      where: { userId, providerId: "credential" },
      data: { password: hash },
    });
    // An account made without a password (none here today) gets its credential now.
    if (count === 0) {
      await tx.account.create({
        data: { id: crypto.randomUUID(), userId, accountId: userId, providerId: "credential", password: hash },
      });
    }
    await tx.session.deleteMany({ where: { userId } });
  });
}
