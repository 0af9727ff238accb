/**
 * The delete token is shown once, in the upload response; the browser that uploaded keeps it so
 * it can offer "delete this report" later. Browser-only (localStorage).
 */
const key = (id: string) => `ats-check:delete-token:${id}`;

export function rememberDeleteToken(id: string, token: string): void {
  try {
    localStorage.setItem(key(id), token);
  } catch {
    // Private mode or storage disabled: the report still works, it just cannot be deleted from here.
  }
}

export function recallDeleteToken(id: string): string | null {
  try {
    return localStorage.getItem(key(id));
  } catch {
    return null;
  }
}

export function forgetDeleteToken(id: string): void {
  try {
    localStorage.removeItem(key(id));
  } catch {
    // see rememberDeleteToken
  }
}
