/** An account as the admin's user list shows it (never a password hash or a session). */
import { DEFAULT_USER_ROLE, isRole, type Role } from "../auth/roles";

export interface UserSummary {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** A disabled account cannot sign in. */
  disabled: boolean;
  createdAt: Date;
}

export const USER_SUMMARY_SELECT = {
  id: true,
  email: true,
  name: true,
  role: true,
  banned: true,
  createdAt: true,
} as const;

export function toUserSummary(row: {
  id: string;
  email: string;
  name: string;
  role: string | null;
  banned: boolean | null;
  createdAt: Date;
}): UserSummary {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: isRole(row.role) ? row.role : DEFAULT_USER_ROLE,
    disabled: row.banned === true,
    createdAt: row.createdAt,
  };
}
