/**
 * A role profile sent by an admin (create, edit, import, preview), validated by the one profile
 * schema (lib/profiles/schema.ts). Failures become a 400 with one message per field, worded as
 * the editor words its own checks (lib/profiles/issue-wording.ts), not in zod's defaults.
 */
import { describeProfileIssue } from "../../lib/profiles/issue-wording";
import { roleProfileSchema, type RoleProfile } from "../../lib/profiles/schema";
import { AppError } from "../errors";

/** Words the admin API uses next to profile slugs (/api/admin/profiles/export …): not slugs. */
export const RESERVED_SLUGS = new Set(["export", "import", "preview", "revisions"]);

/** `prefix` locates the profile inside a larger input (e.g. [1] for the second of an import). */
export function parseProfileInput(data: unknown, prefix: readonly (string | number)[] = []): RoleProfile {
  const result = roleProfileSchema.safeParse(data);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => ({ path: [...prefix, ...issue.path].map(String).join("."), message: describeProfileIssue(issue, data) }));
    throw new AppError("invalid_input", "The profile is not valid; see the messages for each field.", issues);
  }
  if (RESERVED_SLUGS.has(result.data.slug)) {
    throw new AppError("invalid_input", "The profile is not valid; see the messages for each field.", [
      { path: [...prefix, "slug"].join("."), message: `"${result.data.slug}" is reserved; choose another slug.` },
    ]);
  }
  return result.data;
}

/** JSON text (an upload, a form field) to a value, or a 400 saying it is not JSON. */
export function parseJsonInput(text: string, what = "The body"): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new AppError("bad_request", `${what} is not valid JSON (${(error as Error).message}).`);
  }
}
