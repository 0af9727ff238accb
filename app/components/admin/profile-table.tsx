"use client";
/**
 * The admin's list of role profiles with the actions on each: edit, duplicate (new slug and
 * title), export, reset to the shipped version, delete. Results are announced in one live region;
 * the server list is reloaded after each change.
 */
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { SLUG_RE } from "../../../lib/profiles/schema";
import { callApi } from "../account/api-client";
import { formatDateTime } from "../account/format-date";
import { ActionStatusRegions, useActionStatus } from "../action-status";

export interface ProfileRow {
  slug: string;
  title: string;
  keywords: number;
  updatedAt: string;
  customized: boolean;
  shipped: boolean;
}

/** A shipped profile an admin deleted: it can be restored to the shipped version. */
export interface DeletedShippedProfile {
  slug: string;
  title: string;
}

export function ProfileTable({ profiles, deletedShipped }: { profiles: ProfileRow[]; deletedShipped: DeletedShippedProfile[] }) {
  const router = useRouter();
  const outcome = useActionStatus();
  const [busy, setBusy] = useState(false);
  const [duplicating, setDuplicating] = useState<ProfileRow | null>(null);

  async function remove(row: ProfileRow) {
    const warning = row.shipped ? " It stays deleted when the app restarts, until you restore it." : "";
    if (!window.confirm(`Delete the role profile “${row.title}” (${row.slug})? Reports already scored keep their scores.${warning}`)) return;
    setBusy(true);
    const result = await callApi<null>(`/api/admin/profiles/${encodeURIComponent(row.slug)}`, { method: "DELETE" });
    setBusy(false);
    if (!result.ok) return outcome.fail(result.problem.message);
    outcome.succeed(`Deleted “${row.title}”.`);
    router.refresh();
  }

  async function reset(row: { slug: string; title: string }, restoring = false) {
    if (!restoring && !window.confirm(`Reset “${row.title}” to the version shipped with the app? Your changes stay in the history.`)) return;
    setBusy(true);
    const result = await callApi(`/api/admin/profiles/${encodeURIComponent(row.slug)}/reset`, { method: "POST" });
    setBusy(false);
    if (!result.ok) return outcome.fail(result.problem.message);
    outcome.succeed(restoring ? `Restored “${row.title}”.` : `“${row.title}” is back to the shipped version.`);
    router.refresh();
  }

  return (
    <>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Role profiles">
        <table className="data-table wide-table" data-testid="profile-table">
          <caption className="visually-hidden">Role profiles, by title</caption>
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Slug</th>
              <th scope="col" className="num">
                Keywords
              </th>
              <th scope="col">State</th>
              <th scope="col">Updated</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {profiles.map((row) => (
              <tr key={row.slug} data-testid="profile-row">
                <th scope="row">
                  <Link href={`/admin/profiles/${row.slug}`}>{row.title}</Link>
                </th>
                <td className="nowrap">
                  <code>{row.slug}</code>
                </td>
                <td className="num">{row.keywords}</td>
                <td>{row.shipped ? (row.customized ? "Shipped, edited" : "Shipped") : "Added by an admin"}</td>
                <td className="nowrap">{formatDateTime(row.updatedAt)}</td>
                <td>
                  <div className="button-row nowrap">
                    <Link href={`/admin/profiles/${row.slug}`} className="button-link">
                      Edit<span className="visually-hidden"> {row.title}</span>
                    </Link>
                    <button type="button" className="button-small button-quiet" onClick={() => setDuplicating(row)} disabled={busy}>
                      Duplicate<span className="visually-hidden"> {row.title}</span>
                    </button>
                    <a href={`/api/admin/profiles/export?slug=${encodeURIComponent(row.slug)}`} className="button-link" download>
                      Export<span className="visually-hidden"> {row.title} as JSON</span>
                    </a>
                    {row.shipped && row.customized && (
                      <button type="button" className="button-small button-quiet" onClick={() => reset(row)} disabled={busy}>
                        Reset<span className="visually-hidden"> {row.title} to the shipped version</span>
                      </button>
                    )}
                    <button type="button" className="button-small danger" onClick={() => remove(row)} disabled={busy}>
                      Delete<span className="visually-hidden"> {row.title}</span>
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {deletedShipped.length > 0 && (
        <div className="deleted-shipped" data-testid="deleted-shipped">
          <h3>Deleted shipped profiles</h3>
          <ul>
            {deletedShipped.map((row) => (
              <li key={row.slug}>
                {row.title} (<code>{row.slug}</code>){" "}
                <button type="button" className="button-small button-quiet" onClick={() => reset(row, true)} disabled={busy}>
                  Restore<span className="visually-hidden"> {row.title}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {duplicating && (
        <DuplicateForm
          key={duplicating.slug}
          source={duplicating}
          onCancel={() => {
            setDuplicating(null);
            outcome.clear();
          }}
          onDone={(slug) => {
            setDuplicating(null);
            outcome.succeed(`Copied “${duplicating.title}” to ${slug}.`);
            router.push(`/admin/profiles/${slug}`);
          }}
        />
      )}
      <ActionStatusRegions outcome={outcome} testId="profiles" />
    </>
  );
}

function DuplicateForm({ source, onCancel, onDone }: { source: ProfileRow; onCancel: () => void; onDone: (slug: string) => void }) {
  const [slug, setSlug] = useState(`${source.slug}-copy`);
  const [title, setTitle] = useState(`${source.title} (copy)`);
  const [slugError, setSlugError] = useState("");
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);
  const slugRef = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError("");
    if (!SLUG_RE.test(slug.trim())) {
      setSlugError("Use lower-case letters and digits, words joined by single hyphens (e.g. ml-engineer-eu).");
      slugRef.current?.focus();
      return;
    }
    setSlugError("");
    setBusy(true);
    const result = await callApi<{ slug: string }>(`/api/admin/profiles/${encodeURIComponent(source.slug)}/duplicate`, {
      method: "POST",
      json: { slug: slug.trim(), title: title.trim() },
    });
    setBusy(false);
    if (!result.ok) {
      const slugIssue = result.problem.issues.find((issue) => issue.path === "slug")?.message;
      if (slugIssue || result.problem.code === "conflict") {
        setSlugError(slugIssue ?? result.problem.message);
        slugRef.current?.focus();
      } else {
        setError(result.problem.message);
      }
      return;
    }
    onDone(result.data.slug);
  }

  return (
    <section className="card" aria-labelledby="duplicate-heading" data-testid="duplicate-form">
      <h2 id="duplicate-heading">Duplicate “{source.title}”</h2>
      <form onSubmit={submit} noValidate>
        <div className="field-grid">
          <div className={`field ${slugError ? "has-error" : ""}`}>
            <label htmlFor="duplicate-slug">New slug</label>
            <input
              id="duplicate-slug"
              ref={slugRef}
              type="text"
              value={slug}
              autoFocus
              onChange={(event) => setSlug(event.target.value)}
              aria-invalid={slugError ? true : undefined}
              aria-describedby={slugError ? "duplicate-slug-error" : undefined}
            />
            {slugError && (
              <ul className="field-errors" id="duplicate-slug-error" data-testid="error-duplicate-slug">
                <li>{slugError}</li>
              </ul>
            )}
          </div>
          <div className="field">
            <label htmlFor="duplicate-title">New title</label>
            <input id="duplicate-title" type="text" value={title} onChange={(event) => setTitle(event.target.value)} />
          </div>
        </div>
        <div className="button-row">
          <button type="submit" disabled={busy}>
            {busy ? "Copying…" : "Create copy"}
          </button>
          <button type="button" className="button-quiet" onClick={onCancel}>
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
