// GET /api/shared/:token – a report shared read-only: { createdAt, sharedAt, report } for anyone
// with the link (no sign-in), 404 once revoked. Never the report id, never notes.
import { getSharedReportOrThrow } from "../../../../server/db/get-shared-report-or-throw";
import { privateJson } from "../../../../server/http/json-response";
import { withApi } from "../../../../server/http/with-api";

export const runtime = "nodejs";

interface Context {
  params: Promise<{ token: string }>;
}

export const GET = withApi(async (_request: Request, { params }: Context) => {
  const { token } = await params;
  return privateJson(await getSharedReportOrThrow(token));
});
