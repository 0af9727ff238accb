"use client";
/** Upload form: posts the file to /api/analyze, keeps the delete token, opens the report. */
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import type { Report } from "../lib/report/schema";
import type { RoleProfileSummary } from "../server/db/list-role-profiles";
import { rememberDeleteToken } from "./components/delete-token-store";

interface AnalyzeResponse {
  id: string;
  deleteToken: string;
  report: Report;
}

interface ErrorResponse {
  error: { code: string; message: string };
}

export function UploadForm({ roles }: { roles: RoleProfileSummary[] }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const response = await fetch("/api/analyze", { method: "POST", body: new FormData(event.currentTarget) });
      const body = (await response.json()) as AnalyzeResponse | ErrorResponse;
      if ("error" in body) throw new Error(body.error.message);
      rememberDeleteToken(body.id, body.deleteToken);
      router.push(`/reports/${body.id}`);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : "The upload failed.");
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} aria-describedby={error ? "upload-error" : undefined}>
      <div className="field">
        <label htmlFor="file">Resume file</label>
        <input id="file" name="file" type="file" required accept=".pdf,.docx,.doc,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/msword" aria-describedby="file-hint" />
        <span id="file-hint" className="hint">
          PDF, DOCX or DOC, up to 10 MB. The file itself is not stored; only the report is.
        </span>
      </div>
      <div className="field">
        <label htmlFor="role">Target role (optional)</label>
        {roles.length > 0 ? (
          <select id="role" name="role" defaultValue="">
            <option value="">No particular role</option>
            {roles.map((role) => (
              <option key={role.slug} value={role.slug}>
                {role.title}
              </option>
            ))}
          </select>
        ) : (
          <input id="role" name="role" type="text" placeholder="e.g. ml-engineer" pattern="[a-z0-9]+(-[a-z0-9]+)*" aria-describedby="role-hint" />
        )}
        {roles.length === 0 && (
          <span id="role-hint" className="hint">
            A role profile slug, lower-case words joined by hyphens.
          </span>
        )}
      </div>
      <div className="field">
        <label htmlFor="jobDescription">Job description (optional)</label>
        <textarea id="jobDescription" name="jobDescription" placeholder="Paste the job posting to compare your resume against it" />
      </div>
      <button type="submit" disabled={busy}>
        {busy ? "Analysing…" : "Check my resume"}
      </button>
      {error && (
        <p id="upload-error" className="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
