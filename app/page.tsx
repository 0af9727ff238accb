// "/" – upload a resume and pick a target role; the form posts to /api/analyze.
import { listRoleProfiles, type RoleProfileSummary } from "../server/db/list-role-profiles";
import { log } from "../server/log";
import { UploadForm } from "./upload-form";

// Reads the role profiles from the database on each request, not at build time.
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const roles = await loadRoles();
  return (
    <>
      <h1>See your resume the way an ATS does</h1>
      <p className="lead">
        Upload a PDF or Word resume. You get the plain text an Applicant Tracking System extracts, the contact
        details and sections it finds, and every problem that would make it drop or scramble content.
      </p>
      <div className="card">
        <UploadForm roles={roles} />
      </div>
    </>
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
