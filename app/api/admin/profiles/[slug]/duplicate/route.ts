// POST /api/admin/profiles/:slug/duplicate – { slug, title? } → 201 the copy under the new slug (admins).
import { requireUser } from "../../../../../../server/auth/current-user";
import { duplicateRoleProfile } from "../../../../../../server/db/duplicate-role-profile";
import { privateJson } from "../../../../../../server/http/json-response";
import { readJson } from "../../../../../../server/http/read-json";
import { withApi } from "../../../../../../server/http/with-api";

export const runtime = "nodejs";

interface Context {
  params: Promise<{ slug: string }>;
}

export const POST = withApi(async (request: Request, { params }: Context) => {
  const user = await requireUser(request, "admin");
  const body = (await readJson(request)) as { slug?: unknown; title?: unknown };
  const copy = await duplicateRoleProfile({
    slug: (await params).slug,
    newSlug: String(body.slug ?? ""),
    title: typeof body.title === "string" ? body.title : undefined,
    authorId: user.id,
  });
  return privateJson(copy, { status: 201, headers: { location: `/api/admin/profiles/${copy.slug}` } });
});
