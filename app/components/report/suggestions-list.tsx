/** Ranked suggestions: priority (word and shape), what is wrong, the evidence, and the edit to make. */
import type { Suggestion, TextRange } from "../../../lib/report/schema";
import { EvidenceButton } from "./evidence-button";
import { categoryLabel } from "./keyword-table";
import { SeverityBadge } from "./severity-badge";

export function SuggestionsList({ suggestions, evidence }: { suggestions: Suggestion[]; evidence: readonly TextRange[][] }) {
  return (
    <section className="card report-section" aria-labelledby="suggestions-heading" id="suggestions">
      <h2 id="suggestions-heading">Suggestions ({suggestions.length})</h2>
      {suggestions.length === 0 ? (
        <p>Nothing to suggest.</p>
      ) : (
        <ol className="suggestions" data-testid="suggestions">
          {suggestions.map((s, i) => (
            <li key={i} className={`suggestion suggestion-${s.priority}`} data-priority={s.priority}>
              <p className="suggestion-head">
                <SeverityBadge level={s.priority} prefix="Priority" /> <span className="tag">{categoryLabel(s.category)}</span>
              </p>
              <p className="suggestion-message">{s.message}</p>
              {s.evidence && (
                <p className="evidence">
                  <span className="evidence-label">Evidence:</span> <span className="evidence-text">{s.evidence}</span>
                </p>
              )}
              <p className="suggestion-action">
                <strong>What to do:</strong> {s.action}
              </p>
              {(evidence[i]?.length ?? 0) > 0 && <EvidenceButton target={`s${i}`} page={null} title={`suggestion ${i + 1}`} label="Show in the text" />}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
