"use client";
/**
 * Runs a sample resume against the profile being edited — unsaved — through
 * POST /api/admin/profiles/preview, and shows the score, its breakdown and the keyword table.
 * Nothing is stored.
 */
import { useState, type FormEvent } from "react";
import type { RoleProfile } from "../../../lib/profiles/schema";
import type { Report } from "../../../lib/report/schema";
import { callApi } from "../account/api-client";
import { RESUME_ACCEPT } from "../resume-file-types";

export interface ProfilePreviewProps {
  /** The edited profile when it passes the schema; otherwise null (the editor shows why). */
  getProfile: () => RoleProfile | null;
}

export function ProfilePreview({ getProfile }: ProfilePreviewProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");
  const [result, setResult] = useState<{ report: Report; fileName: string } | null>(null);

  async function run(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) return setError("Choose a sample resume first.");
    const profile = getProfile();
    if (!profile) return setError("The profile has problems (listed at the top of the editor); fix them to preview it.");
    setBusy(true);
    setError("");
    const body = new FormData();
    body.set("file", file);
    body.set("profile", JSON.stringify(profile));
    const jd = String(form.get("jobDescription") ?? "").trim();
    if (jd) body.set("jobDescription", jd);
    const response = await callApi<{ report: Report }>("/api/admin/profiles/preview", { method: "POST", body });
    setBusy(false);
    if (!response.ok) {
      const issues = response.problem.issues.map((issue) => `${issue.path}: ${issue.message}`);
      return setError([response.problem.message, ...issues].join(" "));
    }
    setResult({ report: response.data.report, fileName: file.name });
  }

  return (
    <div className="preview">
      <form onSubmit={run} className="preview-form">
        <div className="field">
          <label htmlFor="preview-file">Sample resume</label>
          <input id="preview-file" name="file" type="file" accept={RESUME_ACCEPT} />
          <span className="hint">PDF, DOCX or DOC. Scored against the profile as it is in the editor now, saved or not; nothing is stored.</span>
        </div>
        <div className="field">
          <label htmlFor="preview-jd">Job description (optional)</label>
          <textarea id="preview-jd" name="jobDescription" rows={3} />
        </div>
        <button type="submit" disabled={busy} data-testid="preview-run">
          {busy ? "Scoring…" : "Preview score"}
        </button>
      </form>
      <p role="alert" className="error" data-testid="preview-error">
        {error}
      </p>
      <div aria-live="polite" aria-busy={busy} data-testid="preview-result">
        {result && <PreviewResult report={result.report} fileName={result.fileName} />}
      </div>
    </div>
  );
}

function PreviewResult({ report, fileName }: { report: Report; fileName: string }) {
  const match = report.match;
  if (!match) return <p className="empty">{fileName}: no score (the resume could not be matched).</p>;
  const found = match.keywords.filter((hit) => hit.found).length;
  return (
    <div className="preview-result">
      <h3>
        {fileName}: <span data-testid="preview-score">{Math.round(match.score)}</span> / 100
      </h3>
      <p className="meta">
        {found} of {match.keywords.length} keywords found · scored with {match.algorithm}
      </p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Score breakdown">
        <table className="data-table" data-testid="preview-breakdown">
          <caption>Score breakdown</caption>
          <thead>
            <tr>
              <th scope="col">Factor</th>
              <th scope="col" className="num">
                Points
              </th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {match.breakdown.map((item) => (
              <tr key={item.factor}>
                <th scope="row">{item.factor}</th>
                <td className="num nowrap">
                  {Math.round(item.points * 10) / 10} / {item.max}
                </td>
                <td>{item.why}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Keywords">
        <table className="data-table wide-table" data-testid="preview-keywords">
          <caption>Keywords</caption>
          <thead>
            <tr>
              <th scope="col">Keyword</th>
              <th scope="col">Category</th>
              <th scope="col">Importance</th>
              <th scope="col">Found</th>
              <th scope="col">Where</th>
            </tr>
          </thead>
          <tbody>
            {match.keywords.map((hit) => (
              <tr key={`${hit.category}:${hit.term}`}>
                <th scope="row">{hit.term}</th>
                <td>{hit.category}</td>
                <td>{hit.importance ?? "—"}</td>
                <td className={hit.found ? "found-yes" : "found-no"}>
                  {hit.found ? `Yes${hit.count > 1 ? ` (${hit.count}×)` : ""}` : "No"}
                </td>
                <td>{hit.found ? [hit.evidence === "listed" ? "listed only" : hit.evidence, hit.sections.join(", ")].filter(Boolean).join(": ") : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
