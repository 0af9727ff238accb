"use client";
/**
 * Read-only share links of a report (its owner only): create one, copy its address, revoke it.
 * A revoked link stays listed, marked, so the owner sees what was once handed out.
 */
import { useState, useSyncExternalStore } from "react";
import { ActionStatusRegions, useActionStatus } from "../action-status";
import { callApi } from "./api-client";
import { formatDateTime } from "./format-date";

export interface ShareItem {
  token: string;
  path: string;
  createdAt: string;
  revokedAt: string | null;
}

export function ReportShares({ reportId, initialShares }: { reportId: string; initialShares: ShareItem[] }) {
  const [shares, setShares] = useState(initialShares);
  const [busy, setBusy] = useState(false);
  const outcome = useActionStatus();
  // The page's own origin, known only in the browser: the server renders the path alone.
  const origin = useSyncExternalStore(noSubscription, () => window.location.origin, () => "");
  const base = `/api/reports/${encodeURIComponent(reportId)}/shares`;

  async function create() {
    setBusy(true);
    const result = await callApi<ShareItem>(base, { method: "POST" });
    setBusy(false);
    if (!result.ok) return outcome.fail(result.problem.message);
    setShares((list) => [toItem(result.data), ...list]);
    outcome.succeed("Share link created. Copy it and send it to the candidate.");
    requestAnimationFrame(() => document.getElementById(`share-url-${result.data.token}`)?.focus());
  }

  async function copy(url: string, token: string) {
    try {
      await navigator.clipboard.writeText(url);
      outcome.succeed("Link copied to the clipboard.");
    } catch {
      // No clipboard permission (or not https): select the text so Ctrl+C copies it.
      const input = document.getElementById(`share-url-${token}`) as HTMLInputElement | null;
      input?.focus();
      input?.select();
      outcome.succeed("Copying is blocked here; the link is selected, press Ctrl+C (⌘C) to copy it.");
    }
  }

  async function revoke(share: ShareItem) {
    if (!window.confirm("Revoke this link? Whoever has it can no longer open the report.")) return;
    setBusy(true);
    const result = await callApi<null>(`${base}/${encodeURIComponent(share.token)}`, { method: "DELETE" });
    setBusy(false);
    if (!result.ok) return outcome.fail(result.problem.message);
    const now = new Date().toISOString();
    setShares((list) => list.map((item) => (item.token === share.token ? { ...item, revokedAt: item.revokedAt ?? now } : item)));
    outcome.succeed("Link revoked.");
  }

  const active = shares.filter((share) => !share.revokedAt);
  const revoked = shares.filter((share) => share.revokedAt);

  return (
    <section className="card account-panel" aria-labelledby="shares-heading" data-testid="report-shares">
      <h2 id="shares-heading">Share links</h2>
      <p className="hint">
        A share link shows this report read-only, without your notes, to anyone who has it, until you revoke it.
      </p>
      <button type="button" onClick={create} disabled={busy}>
        Create share link
      </button>
      {active.length > 0 && (
        <ul className="share-list">
          {active.map((share) => {
            const url = `${origin}${share.path}`;
            return (
              <li key={share.token} className="share" data-testid="share-link">
                <label htmlFor={`share-url-${share.token}`}>Link created {formatDateTime(share.createdAt)}</label>
                <div className="share-row">
                  <input id={`share-url-${share.token}`} type="text" readOnly value={url} onFocus={(event) => event.currentTarget.select()} />
                  <button type="button" className="button-small" onClick={() => copy(url, share.token)}>
                    Copy link
                  </button>
                  <button type="button" className="button-small danger" onClick={() => revoke(share)} disabled={busy}>
                    Revoke
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {revoked.length > 0 && (
        <details className="revoked-shares">
          <summary>Revoked links ({revoked.length})</summary>
          <ul>
            {revoked.map((share) => (
              <li key={share.token} data-testid="revoked-share-link">
                <code>{share.path}</code> — created {formatDateTime(share.createdAt)}, revoked {formatDateTime(share.revokedAt ?? share.createdAt)}
              </li>
            ))}
          </ul>
        </details>
      )}
      <ActionStatusRegions outcome={outcome} testId="shares" />
    </section>
  );
}

function toItem(share: ShareItem): ShareItem {
  return { token: share.token, path: share.path, createdAt: String(share.createdAt), revokedAt: share.revokedAt ? String(share.revokedAt) : null };
}

function noSubscription(): () => void {
  return () => {};
}
