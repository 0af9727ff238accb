"use client";
/**
 * Upload form: a drop zone that is also a labelled file input (keyboard: Tab to it, Enter or Space
 * opens the picker), the target role, an optional job description. Sends with XMLHttpRequest for
 * upload progress, then shows "Reading your resume…" until the report is ready; keeps the delete
 * token and opens the report. Rejected files get the server's message (or the same checks made
 * before sending) in a live region.
 */
import { useRouter } from "next/navigation";
import { useId, useRef, useState, type ChangeEvent, type DragEvent, type FormEvent } from "react";
import type { RoleProfileSummary } from "../server/db/list-role-profiles";
import { rememberDeleteToken } from "./components/delete-token-store";
import { RESUME_ACCEPT, RESUME_EXTENSIONS } from "./components/resume-file-types";

interface AnalyzeResponse {
  id: string;
  deleteToken: string;
}

interface ApiError {
  error: { code: string; message: string };
}

type Phase = { kind: "idle" } | { kind: "uploading"; percent: number | null } | { kind: "reading" } | { kind: "opening" };

/** As the server's limit on the job description (server/http/read-upload.ts). */
const MAX_JOB_DESCRIPTION_CHARS = 50_000;

export function UploadForm({ roles, defaultRole, maxBytes }: { roles: RoleProfileSummary[]; defaultRole: string; maxBytes: number }) {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [dragging, setDragging] = useState(false);
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const ids = useId();
  const busy = phase.kind !== "idle";
  const hasDefault = roles.some((r) => r.slug === defaultRole);

  function choose(picked: File | null) {
    setError(null);
    if (!picked) return setFile(null);
    const problem = precheck(picked, maxBytes);
    if (problem) {
      setFile(null);
      setError(problem);
      if (inputRef.current) inputRef.current.value = "";
      return;
    }
    setFile(picked);
  }

  function onDrop(event: DragEvent<HTMLLabelElement>) {
    event.preventDefault();
    setDragging(false);
    if (busy) return;
    const dropped = event.dataTransfer.files;
    if (dropped.length > 1) {
      setError("Drop one file at a time.");
      return;
    }
    choose(dropped[0] ?? null);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    if (!file) {
      setError("Choose a resume file first (PDF, DOCX or DOC).");
      inputRef.current?.focus();
      return;
    }
    const form = new FormData(event.currentTarget);
    form.set("file", file, file.name);
    setError(null);
    setPhase({ kind: "uploading", percent: 0 });
    send(form);
  }

  function send(form: FormData) {
    const request = new XMLHttpRequest();
    request.open("POST", "/api/analyze");
    request.responseType = "json";
    request.upload.onprogress = (event) => {
      setPhase({ kind: "uploading", percent: event.lengthComputable ? Math.round((event.loaded / event.total) * 100) : null });
    };
    // Sent: the server now reads and analyses the file, which has no measurable progress.
    request.upload.onload = () => setPhase({ kind: "reading" });
    request.onload = () => {
      const body = request.response as AnalyzeResponse | ApiError | null;
      if (request.status === 201 && body && "id" in body) {
        rememberDeleteToken(body.id, body.deleteToken);
        setPhase({ kind: "opening" });
        router.push(`/reports/${body.id}`);
        return;
      }
      fail(body && "error" in body ? body.error.message : `The server answered ${request.status}; the file was not checked.`);
    };
    request.onerror = () => fail("The upload failed: no connection to the server. Check your connection and try again.");
    request.ontimeout = () => fail("The upload took too long. Try again.");
    request.send(form);
  }

  function fail(message: string) {
    setPhase({ kind: "idle" });
    setError(message);
  }

  return (
    <form onSubmit={submit} noValidate aria-describedby={error ? `${ids}-error` : undefined} data-testid="upload-form">
      <div className="field">
        <span className="field-label" id={`${ids}-file-label`}>
          Resume file
        </span>
        <label
          className={`dropzone${dragging ? " is-dragging" : ""}${file ? " has-file" : ""}`}
          onDragEnter={(e) => {
            e.preventDefault();
            if (!busy) setDragging(true);
          }}
          onDragOver={(e) => e.preventDefault()}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          data-testid="dropzone"
        >
          <input
            ref={inputRef}
            id="file"
            className="dropzone-input"
            name="file"
            type="file"
            accept={RESUME_ACCEPT}
            disabled={busy}
            aria-labelledby={`${ids}-file-label ${ids}-file-state`}
            aria-describedby={`${ids}-file-hint`}
            onChange={(e: ChangeEvent<HTMLInputElement>) => choose(e.currentTarget.files?.[0] ?? null)}
          />
          <span className="dropzone-icon" aria-hidden="true">
            ⇪
          </span>
          <span id={`${ids}-file-state`} className="dropzone-text" data-testid="file-state">
            {file ? (
              <>
                Selected: <strong>{file.name}</strong> ({formatSize(file.size)}) — choose another
              </>
            ) : (
              <>
                Drop your resume here, or <span className="dropzone-link">choose a file</span>
              </>
            )}
          </span>
        </label>
        <span id={`${ids}-file-hint`} className="hint">
          PDF, DOCX or DOC, up to {formatSize(maxBytes)}.
        </span>
      </div>

      <div className="field">
        <label htmlFor="role">Target role</label>
        {roles.length > 0 ? (
          <select id="role" name="role" defaultValue={hasDefault ? defaultRole : roles[0].slug} disabled={busy}>
            {roles.map((role) => (
              <option key={role.slug} value={role.slug}>
                {role.title}
              </option>
            ))}
          </select>
        ) : (
          <input
            id="role"
            name="role"
            type="text"
            defaultValue={defaultRole}
            pattern="[a-z0-9]+(-[a-z0-9]+)*"
            aria-describedby={`${ids}-role-hint`}
            disabled={busy}
          />
        )}
        <span id={`${ids}-role-hint`} className="hint">
          The keywords, sections and experience the resume is scored against.
        </span>
      </div>

      <div className="field">
        <label htmlFor="jobDescription">Job description (optional)</label>
        <textarea
          id="jobDescription"
          name="jobDescription"
          maxLength={MAX_JOB_DESCRIPTION_CHARS}
          placeholder="Paste the job posting to compare your resume against it"
          aria-describedby={`${ids}-jd-hint`}
          disabled={busy}
        />
        <span id={`${ids}-jd-hint`} className="hint">
          Adds the ad&apos;s required and preferred terms, years and degree to the report.
        </span>
      </div>

      <button type="submit" disabled={busy} data-testid="submit-upload">
        {busy ? "Checking…" : "Check my resume"}
      </button>

      <div className="upload-status" role="status" aria-live="polite" data-testid="upload-status">
        {phase.kind === "uploading" && (
          <>
            <progress max={100} value={phase.percent ?? undefined} aria-label="Upload progress" />
            <span>Uploading{phase.percent !== null ? `… ${phase.percent}%` : "…"}</span>
          </>
        )}
        {phase.kind === "reading" && (
          <>
            <progress aria-label="Reading your resume" />
            <span>Reading your resume…</span>
          </>
        )}
        {phase.kind === "opening" && <span>Done. Opening your report…</span>}
      </div>
      {/* Always present, so assistive technology is listening before the message appears. */}
      <div role="alert" className="upload-error-region">
        {error && (
          <p id={`${ids}-error`} className="error" data-testid="upload-error">
            {error}
          </p>
        )}
      </div>
    </form>
  );
}

/** The checks the server makes first, made before sending: a refused file costs no upload. */
function precheck(file: File, maxBytes: number): string | null {
  const name = file.name.toLowerCase();
  if (!RESUME_EXTENSIONS.some((ext) => name.endsWith(ext))) {
    return `“${file.name}” is not a PDF, DOCX or DOC file. Save your resume as PDF or Word and try again.`;
  }
  if (file.size === 0) return `“${file.name}” is empty.`;
  if (file.size > maxBytes) return `“${file.name}” is ${formatSize(file.size)}; the limit is ${formatSize(maxBytes)}.`;
  return null;
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}
