// POST /api/analyze – analyse an uploaded resume (multipart: file, role?, jobDescription?),
// store the report (with pictures of a PDF's first pages) and return 201 { id, deleteToken, report }.
// Anyone may upload; a signed-in user's upload is owned by them (listed under their reports).
import { DEFAULT_ROLE } from "../../../lib/profiles/default-role";
import { assertSameOrigin, getOptionalUser } from "../../../server/auth/current-user";
import { findRoleProfile } from "../../../server/db/find-role-profile";
import { saveReport } from "../../../server/db/save-report";
import { AppError } from "../../../server/errors";
import { serverConfig } from "../../../server/config";
import { withApi } from "../../../server/http/with-api";
import { uploadRateLimiter } from "../../../server/http/rate-limit";
import { readUpload } from "../../../server/http/read-upload";
import { analyzeWithPagesInPool } from "../../../server/pool/analyze-in-pool";

export const runtime = "nodejs";

export const POST = withApi(async (request: Request) => {
  // Refused before the body is read: a form posted from another site, or a client over its limit.
  assertSameOrigin(request);
  await uploadRateLimiter().take(request);
  const user = await getOptionalUser(request);
  const upload = await readUpload(request, serverConfig().ATS_MAX_UPLOAD_BYTES);
  // Scored with the profile as stored in the database, so an admin's edit applies at once. Without
  // a role the default profile is used, from the database too when it is there.
  const profile = await findRoleProfile(upload.role ?? DEFAULT_ROLE);
  if (upload.role && !profile) throw new AppError("bad_request", `Unknown role "${upload.role}".`);
  // Pictures of the first PDF pages go next to the report (not into it), for the side-by-side view.
  const { report, pageImages } = await analyzeWithPagesInPool(upload.bytes, {
    fileName: upload.fileName,
    role: upload.role,
    profile: profile ?? undefined,
    jobDescription: upload.jobDescription,
    renderPages: true,
  });
  const { id, deleteToken } = await saveReport({ report, role: upload.role, ownerId: user?.id, pageImages });
  return Response.json(
    { id, deleteToken, report },
    { status: 201, headers: { location: `/api/reports/${id}`, "cache-control": "no-store" } },
  );
});
