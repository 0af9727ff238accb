// GET /api/shared/:token/pages/:n – a page picture of a shared report, until the link is revoked
// (202 with Retry-After while it is still being drawn).
import { getReportPageImageOrThrow } from "../../../../../../server/db/get-report-page-image-or-throw";
import { pageImageResponse } from "../../../../../../server/http/page-image-response";
import { withApi } from "../../../../../../server/http/with-api";

export const runtime = "nodejs";

interface Context {
  params: Promise<{ token: string; n: string }>;
}

export const GET = withApi(async (_request: Request, { params }: Context) => {
  const { token, n } = await params;
  return pageImageResponse(await getReportPageImageOrThrow({ shareToken: token }, n));
});
