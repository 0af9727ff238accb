// "/" – upload a resume, pick a target role, optionally paste a job description; the form posts
// to /api/analyze and opens the report.
import { DEFAULT_ROLE } from "../lib/profiles/default-role";
import { serverConfig } from "../server/config";
import { listRoleProfiles, type RoleProfileSummary } from "../server/db/list-role-profiles";
import { log } from "../server/log";
import { UploadForm } from "./upload-form";

// Reads the role profiles from the database on each request, not at build time.
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const roles = await loadRoles();
  return (
    <div className="upload-page">
      <h1>See your resume the way an ATS does</h1>
      <p className="lead">
        Upload a PDF or Word resume. You get the plain text an Applicant Tracking System extracts, the contact details and sections it
        finds, every problem that would make it drop or scramble content, and how well the resume matches the role you aim for.
      </p>
      <div className="card">
        <UploadForm roles={roles} defaultRole={DEFAULT_ROLE} maxBytes={serverConfig().ATS_MAX_UPLOAD_BYTES} />
      </div>
      <p className="hint privacy-note">
        The file itself is never stored, only the report built from it (with pictures of a PDF&apos;s first pages). Anyone with the
        report&apos;s link can read it; you can delete it for good from the report page.
      </p>
    </div>
  );
}

/** Role choices for the form; without a database the form still works, with a free-text role. */
async function loadRoles(): Promise<RoleProfileSummary[]> {
  try {
    return await listRoleProfiles();
  } catch (error) {
    log.warn({ err: error }, "role profiles unavailable");
    return [];
  }
}
