"use client";
/**
 * Imports role profiles from a JSON file (one profile, or an array as exported): all or nothing.
 * The server's field issues ("1.keywordGroups.0.label") are shown with the place they name in
 * words ("Profile 2 (ml-engineer), keyword group 1 (Frameworks), label"), read from the file.
 */
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { nameProfilePath } from "../../../lib/profiles/issue-wording";
import { callApi, type ApiIssue } from "../account/api-client";
import { useActionStatus } from "../action-status";

interface ImportResult {
  created: string[];
  updated: string[];
  unchanged: string[];
}

export function ProfileImport() {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const outcome = useActionStatus();
  const [issues, setIssues] = useState<{ place: string; path: string; message: string }[]>([]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    outcome.clear();
    setIssues([]);
    const file = new FormData(form).get("file");
    if (!(file instanceof File) || file.size === 0) return outcome.fail("Choose a JSON file first.");
    let data: unknown;
    try {
      data = JSON.parse(await file.text());
    } catch {
      return outcome.fail(`${file.name} is not valid JSON.`);
    }
    setBusy(true);
    const result = await callApi<ImportResult>("/api/admin/profiles/import", { method: "POST", json: data });
    setBusy(false);
    if (!result.ok) {
      setIssues(result.problem.issues.map((issue: ApiIssue) => ({ ...issue, place: nameProfilePath(issue.path, data, { several: Array.isArray(data) }) })));
      return outcome.fail(`Nothing was imported. ${result.problem.message}`);
    }
    const { created, updated, unchanged } = result.data;
    const parts = [
      created.length && `created ${created.join(", ")}`,
      updated.length && `updated ${updated.join(", ")}`,
      unchanged.length && `unchanged ${unchanged.join(", ")}`,
    ].filter(Boolean);
    outcome.succeed(`Imported ${file.name}: ${parts.join("; ")}.`);
    form.reset();
    router.refresh();
  }

  return (
    <form onSubmit={submit} className="import-form" data-testid="profile-import">
      <div className="field">
        <label htmlFor="import-file">JSON file to import</label>
        <input id="import-file" name="file" type="file" accept=".json,application/json" aria-describedby="import-hint" />
        <span id="import-hint" className="hint">
          One profile or an array, as exported. Existing slugs are replaced; if any profile is invalid, nothing is saved.
        </span>
      </div>
      <button type="submit" disabled={busy}>
        {busy ? "Importing…" : "Import profiles"}
      </button>
      <p role="status" className="status-text" data-testid="import-status">
        {outcome.status}
      </p>
      <div role="alert" data-testid="import-error">
        {outcome.error && <p className="error">{outcome.error}</p>}
        {issues.length > 0 && (
          <ul className="field-errors">
            {issues.map((issue) => (
              <li key={`${issue.path}:${issue.message}`}>
                {issue.place}: {issue.message} {issue.path && <code className="issue-path">{issue.path}</code>}
              </li>
            ))}
          </ul>
        )}
      </div>
    </form>
  );
}
