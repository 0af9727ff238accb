// POST /api/analyze – analyse an uploaded resume (multipart: file, role?, jobDescription?), store
// the report and return 201 { id, deleteToken, report }. A PDF's first pages are pictured after
// the response (the report page shows their space until they are drawn).
// Anyone may upload; a signed-in user's upload is owned by them (listed under their reports).
import { DEFAULT_ROLE } from "../../../lib/profiles/default-role";
import { assertSameOrigin, getOptionalUser } from "../../../server/auth/current-user";
import { findRoleProfile } from "../../../server/db/find-role-profile";
import { saveReport } from "../../../server/db/save-report";
import { storeReportPageImages } from "../../../server/db/store-report-page-images";
import { AppError } from "../../../server/errors";
import { serverConfig } from "../../../server/config";
import { withApi } from "../../../server/http/with-api";
import { uploadRateLimiter } from "../../../server/http/rate-limit";
import { readUpload } from "../../../server/http/read-upload";
import { sharedAnalyzePool, sharedPageImageJobs } from "../../../server/pool/analyze-in-pool";

export const runtime = "nodejs";

export const POST = withApi(async (request: Request) => {
  // Refused before the body is read: a form posted from another site, a client over its limit, or
  // a full line of uploads waiting for a worker thread (503 busy).
  assertSameOrigin(request);
  await uploadRateLimiter().take(request);
  const pool = sharedAnalyzePool();
  pool.assertRoom();
  const user = await getOptionalUser(request);
  const upload = await readUpload(request, serverConfig().ATS_MAX_UPLOAD_BYTES);
  // Scored with the profile as stored in the database, so an admin's edit applies at once. Without
  // a role the default profile is used, from the database too when it is there.
  const profile = await findRoleProfile(upload.role ?? DEFAULT_ROLE);
  if (upload.role && !profile) throw new AppError("bad_request", `Unknown role "${upload.role}".`);
  // The report comes as JSON text, stored and sent back as it is.
  const { report, pagePlan } = await pool.analyzeForUpload(upload.bytes, {
    fileName: upload.fileName,
    role: upload.role,
    profile: profile ?? undefined,
    jobDescription: upload.jobDescription,
  });
  const { id, deleteToken } = await saveReport({ report, role: upload.role, ownerId: user?.id, pendingPageImages: pagePlan });
  // Drawn on a thread no upload waits for, from the bytes still in memory (never written anywhere).
  if (pagePlan.length > 0) sharedPageImageJobs().schedule({ bytes: upload.bytes, finish: (images) => storeReportPageImages(id, images) });
  const body = `{"id":${JSON.stringify(id)},"deleteToken":${JSON.stringify(deleteToken)},"report":${report.json}}`;
  return new Response(body, {
    status: 201,
    headers: { "content-type": "application/json", location: `/api/reports/${id}`, "cache-control": "no-store" },
  });
});
