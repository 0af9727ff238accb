// GET /api/reports/:id/shares – the report's read-only share links (its owner only).
// POST /api/reports/:id/shares – make a new one → 201 { token, path, createdAt, revokedAt }.
import { requireUser } from "../../../../../server/auth/current-user";
import { createReportShare } from "../../../../../server/db/create-report-share";
import { listReportShares } from "../../../../../server/db/list-report-shares";
import { privateJson } from "../../../../../server/http/json-response";
import { withApi } from "../../../../../server/http/with-api";

export const runtime = "nodejs";

interface Context {
  params: Promise<{ id: string }>;
}

export const GET = withApi(async (request: Request, { params }: Context) => {
  const user = await requireUser(request, "coach");
  const { id } = await params;
  return privateJson({ shares: await listReportShares(id, user.id) });
});

export const POST = withApi(async (request: Request, { params }: Context) => {
  const user = await requireUser(request, "coach");
  const { id } = await params;
  return privateJson(await createReportShare({ reportId: id, ownerId: user.id }), { status: 201 });
});
