"use client";
/** Changes the signed-in user's password (better-auth's change-password endpoint); other sessions are signed out. */
import { useState, type FormEvent } from "react";
import { ActionStatusRegions, useActionStatus } from "../action-status";
import { callApi } from "./api-client";

const MIN_PASSWORD = 8;

export function ChangePasswordForm() {
  const [busy, setBusy] = useState(false);
  const outcome = useActionStatus();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const currentPassword = String(data.get("currentPassword") ?? "");
    const newPassword = String(data.get("newPassword") ?? "");
    outcome.clear();
    if (newPassword.length < MIN_PASSWORD) return outcome.fail(`The new password needs at least ${MIN_PASSWORD} characters.`);
    if (newPassword !== data.get("confirmPassword")) return outcome.fail("The two new passwords differ.");
    setBusy(true);
    const result = await callApi("/api/auth/change-password", { method: "POST", json: { currentPassword, newPassword, revokeOtherSessions: true } });
    setBusy(false);
    if (!result.ok) return outcome.fail(result.problem.code === "INVALID_PASSWORD" ? "The current password is not right." : result.problem.message);
    form.reset();
    outcome.succeed("Password changed. Other sessions were signed out.");
  }

  return (
    <form onSubmit={submit} noValidate className="narrow-form">
      <div className="field">
        <label htmlFor="current-password">Current password</label>
        <input id="current-password" name="currentPassword" type="password" autoComplete="current-password" required />
      </div>
      <div className="field">
        <label htmlFor="new-password">New password</label>
        <input id="new-password" name="newPassword" type="password" autoComplete="new-password" required aria-describedby="new-password-hint" />
        <span id="new-password-hint" className="hint">
          At least {MIN_PASSWORD} characters.
        </span>
      </div>
      <div className="field">
        <label htmlFor="confirm-password">New password again</label>
        <input id="confirm-password" name="confirmPassword" type="password" autoComplete="new-password" required />
      </div>
      <button type="submit" disabled={busy}>
        {busy ? "Changing…" : "Change password"}
      </button>
      <ActionStatusRegions outcome={outcome} testId="password" />
    </form>
  );
}
