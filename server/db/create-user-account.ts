/**
 * Creates an account with a password (hashed by better-auth) and a role. Used by admins in user
 * management and by `npm run create-admin`.
 */
import { z } from "zod";
import { getAuth } from "../auth/auth";
import { DEFAULT_USER_ROLE, type Role } from "../auth/roles";
import { AppError } from "../errors";
import { emailSchema, nameSchema, parseInput, passwordSchema, roleSchema } from "./account-input";
import { db } from "./prisma";
import { toUserSummary, USER_SUMMARY_SELECT, type UserSummary } from "./user-summary";

export interface CreateUserAccountOptions {
  email: string;
  password: string;
  /** Defaults to the part of the email before "@". */
  name?: string;
  role?: Role;
}

const createUserSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  name: nameSchema.optional(),
  role: roleSchema.default(DEFAULT_USER_ROLE),
});

export async function createUserAccount(options: CreateUserAccountOptions): Promise<UserSummary> {
  const input = parseInput(createUserSchema, options);
  if (await db().user.count({ where: { email: input.email } })) {
    throw new AppError("conflict", `There is already an account for ${input.email}.`);
  }
  // Called without request headers, the plugin's endpoint runs as the server itself (no session needed).
  const { user } = await getAuth().api.createUser({
    body: { email: input.email, password: input.password, name: input.name ?? input.email.split("@")[0], role: input.role },
  });
  return toUserSummary(await db().user.findUniqueOrThrow({ where: { id: user.id }, select: USER_SUMMARY_SELECT }));
}
