// GET /api/admin/profiles/:slug – { profile, updatedAt, customized } (admins).
// PUT /api/admin/profiles/:slug – replace it with the edited profile (JSON; same slug) → the profile;
// 400 invalid_input with field issues. The next analysis with this role uses the new version.
// DELETE /api/admin/profiles/:slug – → 204. Every change is kept in the revision history.
import { requireUser } from "../../../../../server/auth/current-user";
import { deleteRoleProfile } from "../../../../../server/db/delete-role-profile";
import { getRoleProfileOrThrow } from "../../../../../server/db/get-role-profile-or-throw";
import { updateRoleProfile } from "../../../../../server/db/update-role-profile";
import { privateJson } from "../../../../../server/http/json-response";
import { readJson } from "../../../../../server/http/read-json";
import { withApi } from "../../../../../server/http/with-api";

export const runtime = "nodejs";

interface Context {
  params: Promise<{ slug: string }>;
}

export const GET = withApi(async (request: Request, { params }: Context) => {
  await requireUser(request, "admin");
  return privateJson(await getRoleProfileOrThrow((await params).slug));
});

export const PUT = withApi(async (request: Request, { params }: Context) => {
  const user = await requireUser(request, "admin");
  const { slug } = await params;
  return privateJson(await updateRoleProfile({ slug, data: await readJson(request), authorId: user.id }));
});

export const DELETE = withApi(async (request: Request, { params }: Context) => {
  const user = await requireUser(request, "admin");
  await deleteRoleProfile({ slug: (await params).slug, authorId: user.id });
  return new Response(null, { status: 204 });
});
