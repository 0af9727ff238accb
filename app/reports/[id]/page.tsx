// "/reports/[id]" – a stored report: file, warnings, what the parser found, and the ATS text.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getReportOrThrow, type StoredReport } from "../../../server/db/get-report-or-throw";
import { AppError } from "../../../server/errors";
import { AtsText } from "../../components/report/ats-text";
import { ContactCard } from "../../components/report/contact-card";
import { DeleteReportButton } from "../../components/delete-report-button";
import { EducationList } from "../../components/report/education-list";
import { ExperienceList } from "../../components/report/experience-list";
import { FileInfo } from "../../components/report/file-info";
import { MatchSummary } from "../../components/report/match-summary";
import { SectionsList } from "../../components/report/sections-list";
import { SkillsList } from "../../components/report/skills-list";
import { WarningsList } from "../../components/report/warnings-list";

interface Props {
  params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const stored = await load((await params).id);
  // Reports are private by link: keep them out of search engines.
  return { title: `Report for ${stored.report.file.name}`, robots: { index: false, follow: false } };
}

export default async function ReportPage({ params }: Props) {
  const { id } = await params;
  const { report, createdAt } = await load(id);
  return (
    <>
      <h1>{report.file.name}</h1>
      <p className="lead">Anyone with this page&apos;s address can see the report.</p>
      <DeleteReportButton id={id} />
      {report.match && <MatchSummary match={report.match} suggestions={report.suggestions} />}
      <WarningsList warnings={report.ats.warnings} />
      <FileInfo file={report.file} createdAt={createdAt} />
      <ContactCard contact={report.contact} />
      <SectionsList sections={report.sections} />
      <ExperienceList experience={report.experience} />
      <EducationList education={report.education} />
      <SkillsList skills={report.skills} />
      <AtsText ats={report.ats} />
    </>
  );
}

/** One database read per request, shared by the metadata and the page. */
const load = cache(async (id: string): Promise<StoredReport> => {
  try {
    return await getReportOrThrow(id);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
});
