/** The overall score against the target role, with every factor's points, maximum and reason. */
import type { Match } from "../../../lib/report/schema";

export function ScoreSummary({ match, roleTitle }: { match: Match; roleTitle: string }) {
  const score = Math.round(match.score);
  return (
    <section className="card report-section score-card" aria-labelledby="score-heading" id="score">
      <h2 id="score-heading">Overall score</h2>
      <div className="score-row">
        <p className="score" data-testid="score">
          <span className="score-value">{score}</span>
          <span className="score-max"> / 100</span>
        </p>
        <p className="score-meta">
          Scored against <strong>{roleTitle}</strong>
          {match.jd && <> and the job description{match.jd.title ? ` (${match.jd.title})` : ""}</>}.
          <br />
          <span className="hint">
            Algorithm <code data-testid="algorithm">{match.algorithm}</code>. The factors below add up to the score.
          </span>
        </p>
      </div>
      <table className="breakdown" data-testid="score-breakdown">
        <caption className="visually-hidden">Score breakdown by factor</caption>
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
              <th scope="row">{capitalise(part.factor)}</th>
              <td className="points">
                <span>
                  {round(part.points)} / {round(part.max)}
                </span>
                <span className="factor-bar" aria-hidden="true">
                  <span style={{ width: `${part.max > 0 ? Math.min(100, (part.points / part.max) * 100) : 0}%` }} />
                </span>
              </td>
              <td>{part.why}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

const round = (n: number) => Math.round(n * 10) / 10;
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
