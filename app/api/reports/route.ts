// GET /api/reports – the signed-in user's own reports (coach or admin), newest first:
// ?q= (file or candidate name) &role= &minScore= &maxScore= &from=YYYY-MM-DD &to=YYYY-MM-DD
// &sort=newest|oldest|score-desc|score-asc &page= &pageSize= (≤ 100) → { items, total, page, pageSize }.
import { requireUser } from "../../../server/auth/current-user";
import { listMyReports } from "../../../server/db/list-my-reports";
import { privateJson } from "../../../server/http/json-response";
import { withApi } from "../../../server/http/with-api";

export const runtime = "nodejs";

export const GET = withApi(async (request: Request) => {
  const user = await requireUser(request, "coach");
  const query = Object.fromEntries(new URL(request.url).searchParams);
  return privateJson(await listMyReports(user.id, query));
});
