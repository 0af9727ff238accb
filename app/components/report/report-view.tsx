/**
 * The body of a report page, shared by the private page (/reports/[id]) and the read-only share
 * page (/shared/[token]): score, problems, the side-by-side view, keywords, suggestions, the career
 * plan, and what the parser found. Server-rendered from the stored report; it computes nothing
 * beyond placing the report's own strings in its text.
 */
import type { Report } from "../../../lib/report/schema";
import { AtsView } from "./ats-view";
import { ContactCard } from "./contact-card";
import { EducationList } from "./education-list";
import { ExperienceList } from "./experience-list";
import { FileInfo } from "./file-info";
import { KeywordTable } from "./keyword-table";
import type { PageImageRef } from "./page-images";
import { ScoreSummary } from "./score-summary";
import { SectionsList } from "./sections-list";
import { SkillsList } from "./skills-list";
import { SuggestionsList } from "./suggestions-list";
import { reportMarks } from "./text-marks";
import { TransitionPlan } from "./transition-plan";
import { WarningsList } from "./warnings-list";

export interface ReportViewProps {
  report: Report;
  createdAt: Date;
  pageImages: readonly PageImageRef[];
  /** URL prefix of the page pictures; the page number is appended. */
  imageBase: string;
  /** Title of the scored role profile (`match.profile` is its slug). */
  roleTitle: string;
}

export function ReportView({ report, createdAt, pageImages, imageBase, roleTitle }: ReportViewProps) {
  const { marks, evidence, suggestionEvidence } = reportMarks(report);
  const { match } = report;
  const toc = [
    match && ["score", "Score"],
    ["warnings", `Problems (${report.ats.warnings.length})`],
    ["ats", "What the ATS sees"],
    match && ["keywords", "Keywords"],
    ["suggestions", "Suggestions"],
    match?.transition && ["transition", "Career plan"],
    ["parsed", "What the parser found"],
  ].filter((x): x is [string, string] => Boolean(x));
  return (
    <>
      <nav className="toc no-print" aria-label="On this page">
        <ul>
          {toc.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`}>{label}</a>
            </li>
          ))}
        </ul>
      </nav>
      {match && <ScoreSummary match={match} roleTitle={roleTitle} />}
      <WarningsList warnings={report.ats.warnings} evidence={evidence} />
      <AtsView report={report} marks={marks} pageImages={pageImages} imageBase={imageBase} />
      {match && <KeywordTable match={match} roleTitle={roleTitle} />}
      <SuggestionsList suggestions={report.suggestions} evidence={suggestionEvidence} />
      {match?.transition && <TransitionPlan transition={match.transition} />}
      <section className="card report-section" aria-labelledby="parsed-heading" id="parsed">
        <h2 id="parsed-heading">What the parser found</h2>
        <div className="parsed-grid">
          <ContactCard contact={report.contact} />
          <FileInfo file={report.file} createdAt={createdAt} />
        </div>
        <SectionsList sections={report.sections} />
        <ExperienceList experience={report.experience} />
        <EducationList education={report.education} />
        <SkillsList skills={report.skills} />
      </section>
    </>
  );
}
