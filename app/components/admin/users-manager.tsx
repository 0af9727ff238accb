"use client";
/**
 * Account management (admins): create an account with a temporary password, change a role,
 * disable or enable, set a new password, delete. The admin's own row offers no action (the API
 * refuses them too). Results and errors are announced in live regions.
 */
import { useState, type FormEvent } from "react";
import { callApi, type ApiIssue } from "../account/api-client";
import { formatDay } from "../account/format-date";
import { ActionStatusRegions, useActionStatus } from "../action-status";

export interface UserRow {
  id: string;
  email: string;
  name: string;
  role: "coach" | "admin";
  disabled: boolean;
  createdAt: string;
}

const MIN_PASSWORD = 8;

export function UsersManager({ currentUserId, initialUsers }: { currentUserId: string; initialUsers: UserRow[] }) {
  const [users, setUsers] = useState(initialUsers);
  const outcome = useActionStatus();
  const [busy, setBusy] = useState(false);
  const [passwordFor, setPasswordFor] = useState<UserRow | null>(null);

  async function update(user: UserRow, changes: { role?: UserRow["role"]; disabled?: boolean }, done: string) {
    setBusy(true);
    const result = await callApi<UserRow>(`/api/admin/users/${encodeURIComponent(user.id)}`, { method: "PATCH", json: changes });
    setBusy(false);
    if (!result.ok) return outcome.fail(result.problem.message);
    const updated = { ...result.data, createdAt: String(result.data.createdAt) };
    setUsers((list) => list.map((row) => (row.id === updated.id ? updated : row)));
    outcome.succeed(done);
  }

  async function remove(user: UserRow) {
    if (!window.confirm(`Delete the account ${user.email}? Their notes and share links go too; their reports stay, reachable by link.`)) return;
    setBusy(true);
    const result = await callApi<null>(`/api/admin/users/${encodeURIComponent(user.id)}`, { method: "DELETE" });
    setBusy(false);
    if (!result.ok) return outcome.fail(result.problem.message);
    setUsers((list) => list.filter((row) => row.id !== user.id));
    if (passwordFor?.id === user.id) setPasswordFor(null);
    outcome.succeed(`Deleted ${user.email}.`);
    document.getElementById("new-user-email")?.focus();
  }

  return (
    <>
      <section className="card" aria-labelledby="create-user-heading">
        <h2 id="create-user-heading">Create an account</h2>
        <CreateUserForm
          onCreated={(user) => {
            setUsers((list) => [user, ...list]);
            outcome.succeed(`Created ${user.email} (${user.role}). Give them the temporary password; they can change it on their account page after signing in.`);
          }}
        />
      </section>

      <ActionStatusRegions outcome={outcome} testId="users" />

      <section aria-labelledby="users-heading">
        <h2 id="users-heading">
          {users.length} account{users.length === 1 ? "" : "s"}
        </h2>
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Accounts">
          <table className="data-table wide-table" data-testid="user-table">
            <caption className="visually-hidden">Accounts, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Email</th>
                <th scope="col">Name</th>
                <th scope="col">Role</th>
                <th scope="col">Status</th>
                <th scope="col">Created</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => {
                const self = user.id === currentUserId;
                return (
                  <tr key={user.id} data-testid="user-row" data-email={user.email}>
                    <th scope="row">{user.email}</th>
                    <td>{user.name}</td>
                    <td>{user.role === "admin" ? "Admin" : "Coach"}</td>
                    <td>{user.disabled ? <strong>Disabled</strong> : "Active"}</td>
                    <td className="nowrap">{formatDay(user.createdAt)}</td>
                    <td>
                      {self ? (
                        <span className="muted">This is you</span>
                      ) : (
                        <div className="button-row nowrap">
                          <button
                            type="button"
                            className="button-small button-quiet"
                            disabled={busy}
                            onClick={() => {
                              const role = user.role === "admin" ? "coach" : "admin";
                              void update(user, { role }, `${user.email} is now ${role === "admin" ? "an admin" : "a coach"}.`);
                            }}
                          >
                            {user.role === "admin" ? "Make coach" : "Make admin"}
                            <span className="visually-hidden"> {user.email}</span>
                          </button>
                          <button
                            type="button"
                            className="button-small button-quiet"
                            disabled={busy}
                            onClick={() =>
                              void update(user, { disabled: !user.disabled }, user.disabled ? `${user.email} can sign in again.` : `${user.email} is disabled and signed out.`)
                            }
                          >
                            {user.disabled ? "Enable" : "Disable"}
                            <span className="visually-hidden"> {user.email}</span>
                          </button>
                          <button type="button" className="button-small button-quiet" disabled={busy} onClick={() => setPasswordFor(user)}>
                            Reset password<span className="visually-hidden"> of {user.email}</span>
                          </button>
                          <button type="button" className="button-small danger" disabled={busy} onClick={() => void remove(user)}>
                            Delete<span className="visually-hidden"> {user.email}</span>
                          </button>
                        </div>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>

      {passwordFor && (
        <PasswordForm
          key={passwordFor.id}
          user={passwordFor}
          onClose={(message) => {
            setPasswordFor(null);
            if (message) outcome.succeed(message);
          }}
        />
      )}

    </>
  );
}

type Errors = Partial<Record<"email" | "name" | "password" | "role", string>>;

function CreateUserForm({ onCreated }: { onCreated: (user: UserRow) => void }) {
  const [errors, setErrors] = useState<Errors>({});
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const input = {
      email: String(data.get("email") ?? "").trim(),
      name: String(data.get("name") ?? "").trim() || undefined,
      password: String(data.get("password") ?? ""),
      role: String(data.get("role") ?? "coach"),
    };
    const found: Errors = {};
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(input.email)) found.email = "Enter a valid email address.";
    if (input.password.length < MIN_PASSWORD) found.password = `The password needs at least ${MIN_PASSWORD} characters.`;
    setErrors(found);
    setError("");
    if (Object.keys(found).length) return focusFirst(form, found);
    setBusy(true);
    const result = await callApi<UserRow>("/api/admin/users", { method: "POST", json: input });
    setBusy(false);
    if (!result.ok) {
      const fieldErrors = fromIssues(result.problem.issues);
      if (result.problem.code === "conflict") fieldErrors.email = result.problem.message;
      setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length) focusFirst(form, fieldErrors);
      else setError(result.problem.message);
      return;
    }
    form.reset();
    onCreated({ ...result.data, createdAt: String(result.data.createdAt) });
  }

  return (
    <form onSubmit={submit} noValidate data-testid="create-user-form">
      <div className="field-grid">
        <Field name="email" label="Email" type="email" autoComplete="off" error={errors.email} />
        <Field name="name" label="Name (optional)" type="text" autoComplete="off" error={errors.name} />
        <Field name="password" label="Temporary password" type="password" autoComplete="new-password" error={errors.password} hint={`At least ${MIN_PASSWORD} characters.`} />
        <div className={`field ${errors.role ? "has-error" : ""}`}>
          <label htmlFor="new-user-role">Role</label>
          <select id="new-user-role" name="role" defaultValue="coach">
            <option value="coach">Coach</option>
            <option value="admin">Admin</option>
          </select>
        </div>
      </div>
      <button type="submit" disabled={busy}>
        {busy ? "Creating…" : "Create account"}
      </button>
      <p role="alert" className="error">
        {error}
      </p>
    </form>
  );
}

function PasswordForm({ user, onClose }: { user: UserRow; onClose: (message?: string) => void }) {
  const [fieldError, setFieldError] = useState("");
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const password = String(new FormData(event.currentTarget).get("password") ?? "");
    if (password.length < MIN_PASSWORD) {
      setFieldError(`The password needs at least ${MIN_PASSWORD} characters.`);
      return;
    }
    setBusy(true);
    const result = await callApi<null>(`/api/admin/users/${encodeURIComponent(user.id)}/password`, { method: "PUT", json: { password } });
    setBusy(false);
    if (!result.ok) {
      const issue = result.problem.issues.find((item) => item.path === "password");
      if (issue) setFieldError(issue.message);
      else setError(result.problem.message);
      return;
    }
    onClose(`New password set for ${user.email}; they were signed out everywhere.`);
  }

  return (
    <section className="card" aria-labelledby="password-heading" data-testid="password-form">
      <h2 id="password-heading">New password for {user.email}</h2>
      <form onSubmit={submit} noValidate>
        <div className={`field ${fieldError ? "has-error" : ""}`}>
          <label htmlFor="reset-password">New temporary password</label>
          <input
            id="reset-password"
            name="password"
            type="password"
            autoComplete="new-password"
            autoFocus
            aria-invalid={fieldError ? true : undefined}
            aria-describedby={fieldError ? "reset-password-hint reset-password-error" : "reset-password-hint"}
          />
          <span id="reset-password-hint" className="hint">
            At least {MIN_PASSWORD} characters. The account is signed out everywhere.
          </span>
          {fieldError && (
            <ul className="field-errors" id="reset-password-error" data-testid="error-reset-password">
              <li>{fieldError}</li>
            </ul>
          )}
        </div>
        <div className="button-row">
          <button type="submit" disabled={busy}>
            {busy ? "Saving…" : "Save new password"}
          </button>
          <button type="button" className="button-quiet" onClick={() => onClose()}>
            Cancel
          </button>
        </div>
        <p role="alert" className="error">
          {error}
        </p>
      </form>
    </section>
  );
}

function Field({ name, label, type, autoComplete, error, hint }: { name: keyof Errors; label: string; type: string; autoComplete: string; error?: string; hint?: string }) {
  const id = `new-user-${name}`;
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`field ${error ? "has-error" : ""}`}>
      <label htmlFor={id}>{label}</label>
      <input id={id} name={name} type={type} autoComplete={autoComplete} aria-invalid={error ? true : undefined} aria-describedby={described} />
      {hint && (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      )}
      {error && (
        <ul className="field-errors" id={`${id}-error`} data-testid={`error-new-user-${name}`}>
          <li>{error}</li>
        </ul>
      )}
    </div>
  );
}

function fromIssues(issues: ApiIssue[]): Errors {
  const errors: Errors = {};
  for (const issue of issues) {
    const field = issue.path.split(".")[0] as keyof Errors;
    if (["email", "name", "password", "role"].includes(field) && !errors[field]) errors[field] = issue.message;
  }
  return errors;
}

function focusFirst(form: HTMLFormElement, errors: Errors) {
  const first = (["email", "name", "password", "role"] as const).find((field) => errors[field]);
  if (first) form.querySelector<HTMLElement>(`#new-user-${first}`)?.focus();
}
