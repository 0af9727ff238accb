/**
 * The two roles. A coach uploads, keeps, annotates, compares and shares reports; an admin can do
 * all that and also edit role profiles and manage accounts.
 */
export const ROLES = ["coach", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** The role given to accounts made without one (self sign-up, `createUserAccount` default). */
export const DEFAULT_USER_ROLE: Role = "coach";

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** Whether a user with role `actual` may do what `required` may: an admin may do everything. */
export function roleSatisfies(actual: Role, required: Role): boolean {
  return actual === required || actual === "admin";
}
