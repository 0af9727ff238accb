// The history of role profile changes: when, who, which profile, what happened, in one line each.
import Link from "next/link";
import type { RoleProfileRevisionEntry } from "../../../server/db/list-role-profile-revisions";
import { formatDateTime } from "../account/format-date";

const ACTION_LABELS: Record<string, string> = {
  create: "Created",
  update: "Edited",
  duplicate: "Duplicated",
  import: "Imported",
  delete: "Deleted",
  reset: "Reset to shipped",
};

/** `existing`: slugs that still exist (only those link to their editor). */
export function RevisionList({ revisions, showProfile, existing }: { revisions: RoleProfileRevisionEntry[]; showProfile: boolean; existing?: ReadonlySet<string> }) {
  if (revisions.length === 0) return <p className="empty">No changes recorded yet.</p>;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Change history">
      <table className="data-table wide-table" data-testid="revision-table">
        <caption className="visually-hidden">Changes, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            {showProfile && <th scope="col">Profile</th>}
            <th scope="col">Change</th>
            <th scope="col">Summary</th>
          </tr>
        </thead>
        <tbody>
          {revisions.map((revision) => (
            <tr key={revision.id} data-testid="revision-row">
              <td className="nowrap">{formatDateTime(revision.createdAt)}</td>
              <td>{revision.author ? <span title={revision.author.email}>{revision.author.name || revision.author.email}</span> : <span className="muted">deleted account or system</span>}</td>
              {showProfile && (
                <td>
                  {existing?.has(revision.slug) ? <Link href={`/admin/profiles/${revision.slug}`}>{revision.slug}</Link> : <code>{revision.slug}</code>}
                </td>
              )}
              <td>{ACTION_LABELS[revision.action] ?? revision.action}</td>
              <td>{revision.summary}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
