"use client";
/** Ends the session (better-auth's sign-out endpoint) and goes back to the upload page. */
import { useRouter } from "next/navigation";
import { useState } from "react";

export function SignOutButton() {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function signOut() {
    setBusy(true);
    setError(null);
    try {
      const response = await fetch("/api/auth/sign-out", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
      if (!response.ok) throw new Error();
      router.push("/");
      router.refresh();
    } catch {
      setError("Signing out failed; try again.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" className="button-small button-quiet" onClick={signOut} disabled={busy}>
        {busy ? "Signing out…" : "Sign out"}
      </button>
      <span role="alert" className="error">
        {error}
      </span>
    </>
  );
}
