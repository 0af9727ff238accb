"use client";
/** Offers deletion to the browser that uploaded the report (it holds the delete token). */
import { useRouter } from "next/navigation";
import { useState, useSyncExternalStore } from "react";
import { forgetDeleteToken, recallDeleteToken } from "./delete-token-store";

export function DeleteReportButton({ id }: { id: string }) {
  const router = useRouter();
  // localStorage exists only in the browser: no button in the server render, then the real value.
  const token = useSyncExternalStore(subscribeToStorage, () => recallDeleteToken(id), () => null);
  const [error, setError] = useState<string | null>(null);
  if (!token) return null;

  async function remove() {
    if (!token || !window.confirm("Delete this report for good?")) return;
    const response = await fetch(`/api/reports/${id}`, { method: "DELETE", headers: { "x-delete-token": token } });
    if (response.status === 204 || response.status === 404) {
      forgetDeleteToken(id);
      router.push("/");
      return;
    }
    const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    setError(body?.error?.message ?? "The report could not be deleted.");
  }

  return (
    <p>
      <button type="button" className="danger" onClick={remove}>
        Delete this report
      </button>
      {error && (
        <span className="error" role="alert">
          {" "}
          {error}
        </span>
      )}
    </p>
  );
}

function subscribeToStorage(onChange: () => void): () => void {
  window.addEventListener("storage", onChange);
  return () => window.removeEventListener("storage", onChange);
}
