// "/shared/[token]" – a report shared read-only by its owner: the same report view, without the
// report's id, deletion or notes, until the link is revoked.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getSharedReportOrThrow } from "../../../server/db/get-shared-report-or-throw";
import { listReportPageImages } from "../../../server/db/list-report-page-images";
import { AppError } from "../../../server/errors";
import { formatDate } from "../../components/report/file-info";
import { ReportMeta } from "../../components/report/report-meta";
import { ReportShell } from "../../components/report/report-shell";
import { ReportView } from "../../components/report/report-view";
import { roleTitleOf } from "../../components/report/role-title";

interface Props {
  params: Promise<{ token: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { report } = await load((await params).token);
  return { title: `Shared report for ${report.file.name}`, robots: { index: false, follow: false }, referrer: "no-referrer" };
}

export default async function SharedReportPage({ params }: Props) {
  const { token } = await params;
  const { report, createdAt, sharedAt } = await load(token);
  const [pageImages, roleTitle] = await Promise.all([listReportPageImages({ shareToken: token }), roleTitleOf(report)]);
  const base = report.file.name.replace(/\.[A-Za-z0-9]{1,5}$/, "") || "report";
  return (
    <ReportShell
      title={`ATS report for ${report.file.name}`}
      meta={
        <>
          <p className="shared-banner" data-testid="shared-banner">
            Read-only copy shared on <time dateTime={sharedAt.toISOString()}>{formatDate(sharedAt)}</time>.
          </p>
          <ReportMeta report={report} createdAt={createdAt} roleTitle={roleTitle} />
        </>
      }
      path={`/shared/${token}`}
      linkKind="shared"
      exportJson={{ href: `/api/shared/${token}`, fileName: `${base}-ats-report.json`, from: "shared" }}
    >
      <ReportView report={report} createdAt={createdAt} pageImages={pageImages} imageBase={`/api/shared/${token}/pages/`} roleTitle={roleTitle} />
    </ReportShell>
  );
}

const load = cache(async (token: string) => {
  try {
    return await getSharedReportOrThrow(token);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
});
