import type { Report } from "../../../lib/report/schema";

/** Score against the chosen role profile; rendered only when the report has been scored. */
export function MatchSummary({ match, suggestions }: { match: NonNullable<Report["match"]>; suggestions: Report["suggestions"] }) {
  const missing = match.keywords.filter((keyword) => !keyword.found);
  return (
    <section className="card" aria-labelledby="match-heading">
      <h2 id="match-heading">Match for {match.profile}</h2>
      <p className="score">{Math.round(match.score)} / 100</p>
      <table>
        <thead>
          <tr>
            <th scope="col">Factor</th>
            <th scope="col">Points</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {match.breakdown.map((part) => (
            <tr key={part.factor}>
              <td>{part.factor}</td>
              <td>
                {part.points} / {part.max}
              </td>
              <td>{part.why}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {missing.length > 0 && (
        <>
          <h3>Missing keywords</h3>
          <ul className="tags">
            {missing.map((keyword) => (
              <li key={keyword.term}>{keyword.term}</li>
            ))}
          </ul>
        </>
      )}
      {match.jd && <p>Job description match: {Math.round(match.jd.matchRate)}%</p>}
      {suggestions.length > 0 && (
        <>
          <h3>Suggestions</h3>
          <ul>
            {suggestions.map((suggestion, index) => (
              <li key={index}>
                <span className={`severity severity-${suggestion.priority}`}>{suggestion.priority}</span>
                {suggestion.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
