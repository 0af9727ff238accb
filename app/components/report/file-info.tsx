import type { Report } from "../../../lib/report/schema";

export function FileInfo({ file, createdAt }: { file: Report["file"]; createdAt: Date }) {
  return (
    <section className="card" aria-labelledby="file-heading">
      <h2 id="file-heading">File</h2>
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
          <time dateTime={createdAt.toISOString()}>{createdAt.toUTCString()}</time>
        </dd>
      </dl>
    </section>
  );
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
