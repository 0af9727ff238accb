// GET /api/admin/profiles/export[?slug=] – JSON file download: one profile, or an array of all (admins).
import { requireUser } from "../../../../../server/auth/current-user";
import { exportRoleProfiles } from "../../../../../server/db/export-role-profiles";
import { jsonAttachment } from "../../../../../server/http/json-response";
import { withApi } from "../../../../../server/http/with-api";

export const runtime = "nodejs";

export const GET = withApi(async (request: Request) => {
  await requireUser(request, "admin");
  const slug = new URL(request.url).searchParams.get("slug") || undefined;
  return jsonAttachment(await exportRoleProfiles(slug), slug ? `${slug}.json` : "role-profiles.json");
});
