// "/reports/[id]" – a stored report, read by its private link: score, problems, what the ATS sees
// next to the original, keywords, suggestions, career plan. The uploader's browser (delete token)
// or the signed-in owner may delete it; a signed-in coach also sees their notes and share links.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getOptionalUser } from "../../../server/auth/current-user";
import { getReportForViewer } from "../../../server/db/get-report-for-viewer";
import { listReportPageImages } from "../../../server/db/list-report-page-images";
import { AppError } from "../../../server/errors";
import { CoachPanels } from "../../components/account/coach-panels";
import { ReportMeta } from "../../components/report/report-meta";
import { ReportShell } from "../../components/report/report-shell";
import { ReportView } from "../../components/report/report-view";
import { roleTitleOf } from "../../components/report/role-title";

interface Props {
  params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { viewed } = await load((await params).id);
  // Private by link: out of search engines, and the address is not sent on to other sites.
  return { title: `Report for ${viewed.report.file.name}`, robots: { index: false, follow: false }, referrer: "no-referrer" };
}

export default async function ReportPage({ params }: Props) {
  const { id } = await params;
  const { viewed, user } = await load(id);
  const { report, createdAt } = viewed;
  const [pageImages, roleTitle] = await Promise.all([listReportPageImages({ reportId: id }), roleTitleOf(report)]);
  const base = report.file.name.replace(/\.[A-Za-z0-9]{1,5}$/, "") || "report";
  return (
    <ReportShell
      title={`ATS report for ${report.file.name}`}
      meta={<ReportMeta report={report} createdAt={createdAt} roleTitle={roleTitle} />}
      path={`/reports/${id}`}
      linkKind="private"
      exportJson={{ href: `/api/reports/${id}/export`, fileName: `${base}-ats-report.json`, from: "export" }}
      deletion={{ id, isOwner: viewed.isOwner }}
    >
      <ReportView report={report} createdAt={createdAt} pageImages={pageImages} imageBase={`/api/reports/${id}/pages/`} roleTitle={roleTitle} />
      {user && <CoachPanels reportId={id} viewer={user} />}
    </ReportShell>
  );
}

/** One database read per request, shared by the metadata and the page. */
const load = cache(async (id: string) => {
  const user = await getOptionalUser();
  try {
    return { viewed: await getReportForViewer(id, user?.id ?? null), user };
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
});
