// GET /api/reports/:id/pages/:n – picture of page n of an uploaded PDF (the first few pages, drawn
// just after the upload: 202 with Retry-After until then). Same rule as the report: the id is the
// key. 404 for another page, once deleted, or when the picture could not be drawn.
import { getReportPageImageOrThrow } from "../../../../../../server/db/get-report-page-image-or-throw";
import { pageImageResponse } from "../../../../../../server/http/page-image-response";
import { withApi } from "../../../../../../server/http/with-api";

export const runtime = "nodejs";

interface Context {
  params: Promise<{ id: string; n: string }>;
}

export const GET = withApi(async (_request: Request, { params }: Context) => {
  const { id, n } = await params;
  return pageImageResponse(await getReportPageImageOrThrow({ reportId: id }, n));
});
