/** zod schemas of account fields, shared by user management and `npm run create-admin`. */
import { z } from "zod";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "../auth/auth";
import { ROLES } from "../auth/roles";
import { AppError, type FieldIssue } from "../errors";

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address."));
export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `The password needs at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(MAX_PASSWORD_LENGTH, `The password may have at most ${MAX_PASSWORD_LENGTH} characters.`);
export const nameSchema = z.string().trim().min(1, "Enter a name.").max(200);
export const roleSchema = z.enum(ROLES, "The role must be coach or admin.");

/** Parses `input` or throws AppError "invalid_input" with one issue per bad field. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input);
  if (!result.success) throw invalidInput(result.error.issues);
  return result.data;
}

export function invalidInput(issues: readonly z.core.$ZodIssue[], message?: string): AppError {
  return new AppError("invalid_input", message, issues.map(toFieldIssue));
}

export function toFieldIssue(issue: z.core.$ZodIssue): FieldIssue {
  return { path: issue.path.map(String).join("."), message: issue.message };
}
