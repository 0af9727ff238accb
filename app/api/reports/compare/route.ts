// GET /api/reports/compare?before=<id>&after=<id> – what changed from one report to the other
// (signed-in coach or admin; each report by its link): { before, after, comparison }.
import { requireUser } from "../../../../server/auth/current-user";
import { compareStoredReports } from "../../../../server/db/compare-stored-reports";
import { AppError } from "../../../../server/errors";
import { privateJson } from "../../../../server/http/json-response";
import { withApi } from "../../../../server/http/with-api";

export const runtime = "nodejs";

export const GET = withApi(async (request: Request) => {
  await requireUser(request, "coach");
  const params = new URL(request.url).searchParams;
  const before = params.get("before");
  const after = params.get("after");
  if (!before || !after) throw new AppError("bad_request", "Give two report ids: ?before=…&after=….");
  return privateJson(await compareStoredReports(before, after));
});
