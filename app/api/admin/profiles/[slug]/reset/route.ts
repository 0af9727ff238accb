// POST /api/admin/profiles/:slug/reset – put a shipped profile back to its shipped version → the profile (admins).
import { requireUser } from "../../../../../../server/auth/current-user";
import { resetRoleProfile } from "../../../../../../server/db/reset-role-profile";
import { privateJson } from "../../../../../../server/http/json-response";
import { withApi } from "../../../../../../server/http/with-api";

export const runtime = "nodejs";

interface Context {
  params: Promise<{ slug: string }>;
}

export const POST = withApi(async (request: Request, { params }: Context) => {
  const user = await requireUser(request, "admin");
  return privateJson(await resetRoleProfile({ slug: (await params).slug, authorId: user.id }));
});
