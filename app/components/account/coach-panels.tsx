// The report page's panels for a signed-in viewer: their private notes and, for the report's
// owner, its share links. The page may pass what it already loaded (getReportForViewer);
// otherwise they are loaded here, so placing one component is all a page has to do.
import type { AuthUser } from "../../../server/auth/current-user";
import { getReportOwnerOrThrow } from "../../../server/db/get-report-owner-or-throw";
import { listReportNotes, type ReportNote } from "../../../server/db/list-report-notes";
import { listReportShares, type ReportShareLink } from "../../../server/db/list-report-shares";
import { ReportNotes } from "./report-notes";
import { ReportShares } from "./report-shares";

export interface CoachPanelsProps {
  reportId: string;
  viewer: AuthUser;
  /** The viewer's notes and (for the owner) share links, when the page has them already. */
  preloaded?: { isOwner: boolean; notes: ReportNote[]; shares: ReportShareLink[] };
}

export async function CoachPanels({ reportId, viewer, preloaded }: CoachPanelsProps) {
  const { isOwner, notes, shares } = preloaded ?? (await load(reportId, viewer.id));
  return (
    <div className="coach-panels">
      <ReportNotes
        reportId={reportId}
        initialNotes={notes.map((note) => ({ id: note.id, body: note.body, createdAt: note.createdAt.toISOString(), updatedAt: note.updatedAt.toISOString() }))}
      />
      {isOwner && (
        <ReportShares
          reportId={reportId}
          initialShares={shares.map((share) => ({
            token: share.token,
            path: share.path,
            createdAt: share.createdAt.toISOString(),
            revokedAt: share.revokedAt?.toISOString() ?? null,
          }))}
        />
      )}
    </div>
  );
}

async function load(reportId: string, viewerId: string): Promise<NonNullable<CoachPanelsProps["preloaded"]>> {
  const { ownerId } = await getReportOwnerOrThrow(reportId);
  const isOwner = ownerId === viewerId;
  const [notes, shares] = await Promise.all([listReportNotes(reportId, viewerId), isOwner ? listReportShares(reportId, viewerId) : []]);
  return { isOwner, notes, shares };
}
