// POST /api/admin/profiles/import – JSON: one profile or an array (as exported) → { created, updated,
// unchanged } slugs (admins). All or nothing: one invalid profile → 400 invalid_input, nothing saved.
import { requireUser } from "../../../../../server/auth/current-user";
import { importRoleProfiles } from "../../../../../server/db/import-role-profiles";
import { privateJson } from "../../../../../server/http/json-response";
import { readJson } from "../../../../../server/http/read-json";
import { withApi } from "../../../../../server/http/with-api";

export const runtime = "nodejs";

const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export const POST = withApi(async (request: Request) => {
  const user = await requireUser(request, "admin");
  return privateJson(await importRoleProfiles({ data: await readJson(request, MAX_IMPORT_BYTES), authorId: user.id }));
});
