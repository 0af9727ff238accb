// POST /api/analyze – analyse an uploaded resume (multipart: file, role?, jobDescription?),
// store the report and return 201 { id, deleteToken, report }.
import { roleProfileExists } from "../../../server/db/role-profile-exists";
import { saveReport } from "../../../server/db/save-report";
import { AppError } from "../../../server/errors";
import { serverConfig } from "../../../server/config";
import { withApi } from "../../../server/http/with-api";
import { readUpload } from "../../../server/http/read-upload";
import { analyzeInPool } from "../../../server/pool/analyze-in-pool";

export const runtime = "nodejs";

export const POST = withApi(async (request: Request) => {
  const upload = await readUpload(request, serverConfig().ATS_MAX_UPLOAD_BYTES);
  if (upload.role && !(await roleProfileExists(upload.role))) {
    throw new AppError("bad_request", `Unknown role "${upload.role}".`);
  }
  const report = await analyzeInPool(upload.bytes, {
    fileName: upload.fileName,
    role: upload.role,
    jobDescription: upload.jobDescription,
  });
  const { id, deleteToken } = await saveReport({ report, role: upload.role });
  return Response.json(
    { id, deleteToken, report },
    { status: 201, headers: { location: `/api/reports/${id}`, "cache-control": "no-store" } },
  );
});
