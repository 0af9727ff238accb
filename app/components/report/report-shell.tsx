"use client";
/**
 * The report's frame in the browser: its title, the private link with a copy button, JSON export,
 * print, and — for the browser that uploaded it (it holds the delete token) or its signed-in owner —
 * "Delete for good" with a confirmation step. Once deleted, the report is replaced by a notice.
 * The report itself is server-rendered and passed in as children.
 */
import Link from "next/link";
import { useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from "react";
import { forgetDeleteToken, recallDeleteToken } from "../delete-token-store";

export interface ReportShellProps {
  title: string;
  meta: ReactNode;
  /** Path of this page, made absolute in the browser for the copy box. */
  path: string;
  /** What the link is: a report's private link, or a read-only share link. */
  linkKind: "private" | "shared";
  /** JSON download: a URL to link to, or a URL whose JSON's `report` field is saved (share links). */
  exportJson: { href: string; fileName: string; from: "export" | "shared" };
  /** Only for the private page: the report's id (for deletion) and whether the viewer owns it. */
  deletion?: { id: string; isOwner: boolean };
  children: ReactNode;
}

export function ReportShell({ title, meta, path, linkKind, exportJson, deletion, children }: ReportShellProps) {
  const [deleted, setDeleted] = useState(false);
  const goneHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (deleted) goneHeading.current?.focus();
  }, [deleted]);

  if (deleted) {
    return (
      <div className="report-gone" data-testid="report-deleted">
        <h1 ref={goneHeading} tabIndex={-1}>
          Report deleted
        </h1>
        <p role="status">This report and its page pictures were deleted for good. Its link no longer works.</p>
        <p>
          <Link href="/">Check another resume</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="report-page">
      <header className="report-header">
        <h1 data-testid="report-title">{title}</h1>
        <div className="report-meta">{meta}</div>
        <div className="report-actions no-print" role="group" aria-label="Report actions">
          <LinkBox path={path} kind={linkKind} />
          <div className="action-buttons">
            <ExportButton {...exportJson} />
            <button type="button" className="secondary" onClick={() => window.print()}>
              Print
            </button>
            {deletion && <DeleteControl id={deletion.id} isOwner={deletion.isOwner} onDeleted={() => setDeleted(true)} />}
          </div>
        </div>
      </header>
      {children}
    </div>
  );
}

function LinkBox({ path, kind }: { path: string; kind: "private" | "shared" }) {
  const url = useSyncExternalStore(noSubscription, () => window.location.origin + path, () => path);
  const [status, setStatus] = useState("");
  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setStatus("Link copied.");
    } catch {
      // No clipboard permission (an insecure origin): select the text so the user can copy it.
      const input = document.getElementById("report-link") as HTMLInputElement | null;
      input?.select();
      setStatus("Press Ctrl+C (⌘C) to copy the selected link.");
    }
  }
  return (
    <div className="link-box">
      <label htmlFor="report-link">{kind === "private" ? "Private link (anyone with it can read this report)" : "Share link (read-only)"}</label>
      <div className="link-row">
        <input id="report-link" type="text" readOnly value={url} onFocus={(e) => e.currentTarget.select()} data-testid="report-link" />
        <button type="button" onClick={copy} data-testid="copy-link">
          Copy link
        </button>
      </div>
      <p className="hint" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}

function ExportButton({ href, fileName, from }: ReportShellProps["exportJson"]) {
  if (from === "export") {
    return (
      <a className="button secondary" href={href} download={fileName} data-testid="export-json">
        Download JSON
      </a>
    );
  }
  async function download() {
    const response = await fetch(href, { cache: "no-store" });
    if (!response.ok) return;
    const { report } = (await response.json()) as { report: unknown };
    const blob = new Blob([`${JSON.stringify(report, null, 2)}\n`], { type: "application/json" });
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = fileName;
    link.click();
    URL.revokeObjectURL(link.href);
  }
  return (
    <button type="button" className="secondary" onClick={download} data-testid="export-json">
      Download JSON
    </button>
  );
}

function DeleteControl({ id, isOwner, onDeleted }: { id: string; isOwner: boolean; onDeleted: () => void }) {
  // localStorage exists only in the browser: no button in the server render unless the viewer owns it.
  const token = useSyncExternalStore(subscribeToStorage, () => recallDeleteToken(id), () => null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);
  // Without the right to delete, an invisible stand-in keeps the button's place: the token is only
  // known after hydration, and the button appearing then must not push the page down.
  if (!token && !isOwner) return <span className="delete-slot" aria-hidden="true" />;

  async function remove() {
    setBusy(true);
    setError(null);
    try {
      const response = await fetch(`/api/reports/${encodeURIComponent(id)}`, {
        method: "DELETE",
        headers: token ? { "x-delete-token": token } : {},
      });
      if (response.status === 204 || response.status === 404) {
        forgetDeleteToken(id);
        onDeleted();
        return;
      }
      const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
      setError(body?.error?.message ?? "The report could not be deleted.");
    } catch {
      setError("The report could not be deleted: no connection to the server.");
    } finally {
      setBusy(false);
    }
  }

  if (!confirming) {
    return (
      <button type="button" className="danger" onClick={() => setConfirming(true)} data-testid="delete-report">
        Delete for good…
      </button>
    );
  }
  return (
    <div className="confirm-delete" role="group" aria-labelledby="confirm-delete-text">
      <p id="confirm-delete-text">Delete this report and its page pictures for good? This cannot be undone.</p>
      <button ref={confirmButton} type="button" className="danger" onClick={remove} disabled={busy} data-testid="confirm-delete">
        {busy ? "Deleting…" : "Yes, delete for good"}
      </button>{" "}
      <button type="button" className="secondary" onClick={() => setConfirming(false)} disabled={busy}>
        Cancel
      </button>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

function noSubscription(): () => void {
  return () => {};
}

function subscribeToStorage(onChange: () => void): () => void {
  window.addEventListener("storage", onChange);
  return () => window.removeEventListener("storage", onChange);
}
