import type { Report } from "../../../lib/report/schema";

export function FileInfo({ file, createdAt }: { file: Report["file"]; createdAt: Date }) {
  return (
    <section className="subcard" aria-labelledby="file-heading">
      <h3 id="file-heading">File</h3>
      <dl className="facts">
        <dt>Name</dt>
        <dd>{file.name}</dd>
        <dt>Format</dt>
        <dd>{file.format.toUpperCase()}</dd>
        <dt>Size</dt>
        <dd>{formatBytes(file.bytes)}</dd>
        <dt>Pages</dt>
        <dd>{file.pages}</dd>
        <dt>Checked</dt>
        <dd>
          <time dateTime={createdAt.toISOString()}>{formatDate(createdAt)}</time>
        </dd>
      </dl>
    </section>
  );
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** "26 Nov 2026, 16:40 UTC": the same on the server and in every browser (no locale or time zone guesswork). */
export function formatDate(date: Date): string {
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getUTCDate()} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()}, ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())} UTC`;
}
