// GET /api/reports/:id/export – the report as a JSON file download (anyone with the link, like
// GET /api/reports/:id): the report object itself, as the CLI prints it with --json.
import { getReportOrThrow } from "../../../../../server/db/get-report-or-throw";
import { jsonAttachment } from "../../../../../server/http/json-response";
import { withApi } from "../../../../../server/http/with-api";

export const runtime = "nodejs";

interface Context {
  params: Promise<{ id: string }>;
}

export const GET = withApi(async (_request: Request, { params }: Context) => {
  const { id } = await params;
  const { report } = await getReportOrThrow(id);
  const base = report.file.name.replace(/\.[A-Za-z0-9]{1,5}$/, "");
  return jsonAttachment(`${JSON.stringify(report, null, 2)}\n`, `${base}-ats-report.json`);
});
