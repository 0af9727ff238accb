import type { Warning } from "../../../lib/report/schema";

const SEVERITY_ORDER: Record<Warning["severity"], number> = { high: 0, medium: 1, low: 2, info: 3 };

export function WarningsList({ warnings }: { warnings: Warning[] }) {
  const sorted = [...warnings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  return (
    <section className="card" aria-labelledby="warnings-heading">
      <h2 id="warnings-heading">What an ATS would trip over ({warnings.length})</h2>
      {sorted.length === 0 ? (
        <p className="empty">No problems found.</p>
      ) : (
        <ul className="warnings">
          {sorted.map((warning, index) => (
            <li key={`${warning.code}-${index}`}>
              <span className={`severity severity-${warning.severity}`}>{warning.severity}</span>
              {warning.message}
              {warning.count > 1 && ` (${warning.count}×)`}
              <span className="evidence">
                {warning.page !== null && !/^page \d/i.test(warning.evidence) && `Page ${warning.page}: `}
                <code>{warning.evidence}</code>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
