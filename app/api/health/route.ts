// GET /api/health – liveness check for load balancers and the start script.
import { withApi } from "../../../server/http/with-api";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = withApi(async () => Response.json({ ok: true }, { headers: { "cache-control": "no-store" } }));
