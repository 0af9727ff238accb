// DELETE /api/reports/:id/shares/:token – revoke a share link (the report's owner only) → 204.
import { requireUser } from "../../../../../../server/auth/current-user";
import { revokeReportShare } from "../../../../../../server/db/revoke-report-share";
import { withApi } from "../../../../../../server/http/with-api";

export const runtime = "nodejs";

interface Context {
  params: Promise<{ id: string; token: string }>;
}

export const DELETE = withApi(async (request: Request, { params }: Context) => {
  const user = await requireUser(request, "coach");
  const { id, token } = await params;
  await revokeReportShare({ reportId: id, token, ownerId: user.id });
  return new Response(null, { status: 204 });
});
