// GET /api/admin/profiles/revisions[?slug=&limit=] – history of profile changes, newest first (admins):
// { revisions: [{ id, slug, action, summary, createdAt, author, before, after }] }.
import { requireUser } from "../../../../../server/auth/current-user";
import { listRoleProfileRevisions } from "../../../../../server/db/list-role-profile-revisions";
import { privateJson } from "../../../../../server/http/json-response";
import { withApi } from "../../../../../server/http/with-api";

export const runtime = "nodejs";

export const GET = withApi(async (request: Request) => {
  await requireUser(request, "admin");
  const params = new URL(request.url).searchParams;
  const revisions = await listRoleProfileRevisions({
    slug: params.get("slug") || undefined,
    limit: params.get("limit") || undefined,
  });
  return privateJson({ revisions });
});
