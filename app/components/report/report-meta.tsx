/** One line under the report's title: format, pages, size, when it was checked, the role. */
import type { Report } from "../../../lib/report/schema";
import { formatBytes, formatDate } from "./file-info";

export function ReportMeta({ report, createdAt, roleTitle }: { report: Report; createdAt: Date; roleTitle: string }) {
  const { file } = report;
  return (
    <p className="hint">
      {file.format.toUpperCase()} · {file.pages} {file.pages === 1 ? "page" : "pages"} · {formatBytes(file.bytes)} · checked{" "}
      <time dateTime={createdAt.toISOString()}>{formatDate(createdAt)}</time>
      {roleTitle && <> · target role {roleTitle}</>}
    </p>
  );
}
