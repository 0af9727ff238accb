/**
 * What an ATS would trip over: each warning with its severity (word and shape), message and the
 * evidence from the file, and a button that shows that evidence in the side-by-side view.
 */
import type { TextRange, Warning } from "../../../lib/report/schema";
import { WARNING_TITLES } from "../../../lib/warnings/titles";
import { EvidenceButton } from "./evidence-button";
import { SeverityBadge } from "./severity-badge";

const SEVERITY_ORDER: Record<Warning["severity"], number> = { high: 0, medium: 1, low: 2, info: 3 };

export function WarningsList({ warnings, evidence }: { warnings: Warning[]; evidence: readonly TextRange[][] }) {
  const order = warnings.map((w, i) => ({ w, i })).sort((a, b) => SEVERITY_ORDER[a.w.severity] - SEVERITY_ORDER[b.w.severity] || a.i - b.i);
  const counts = (["high", "medium", "low", "info"] as const).map((s) => [s, warnings.filter((w) => w.severity === s).length] as const);
  return (
    <section className="card report-section" aria-labelledby="warnings-heading" id="warnings">
      <h2 id="warnings-heading">What an ATS would trip over ({warnings.length})</h2>
      {warnings.length === 0 ? (
        <p>No problems found: an ATS should read this file as it is.</p>
      ) : (
        <>
          <p className="hint">
            {counts
              .filter(([, n]) => n > 0)
              .map(([s, n]) => `${n} ${s}`)
              .join(", ")}
            . Each problem quotes its evidence from the file.
          </p>
          <ol className="warnings" data-testid="warnings">
            {order.map(({ w, i }) => {
              const title = WARNING_TITLES[w.code] ?? w.code;
              const inText = (evidence[i]?.length ?? 0) > 0;
              const label = inText ? (w.page !== null ? `Show in the text and on page ${w.page}` : "Show in the text") : w.page !== null ? `Show page ${w.page}` : null;
              return (
                <li key={`${w.code}-${i}`} className={`warning warning-${w.severity}`} data-code={w.code} data-testid={`warning-${w.code}`}>
                  <h3 className="warning-title">
                    <SeverityBadge level={w.severity} /> {title}
                    {w.count > 1 && <span className="count"> ({w.count}×)</span>}
                  </h3>
                  <p>{w.message}</p>
                  <p className="evidence">
                    <span className="evidence-label">Evidence{w.page !== null && !/^page \d/i.test(w.evidence) ? ` (page ${w.page})` : ""}:</span>{" "}
                    <span className="evidence-text">{w.evidence}</span>
                  </p>
                  {label && <EvidenceButton target={`w${i}`} page={w.page} title={title} label={label} />}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
