/** The career move the report sees: the role the resume shows today → the target, with the gap and timeline. */
import type { Transition } from "../../../lib/report/schema";

const DIRECTION: Record<Transition["direction"], string> = {
  into: "a common move into the target role",
  "out-of": "a move on from the current role",
  other: "a move the career guide does not describe",
};

export function TransitionPlan({ transition }: { transition: Transition }) {
  const { currentRole, targetRole, timeline } = transition;
  return (
    <section className="card report-section" aria-labelledby="transition-heading" id="transition" data-testid="transition">
      <h2 id="transition-heading">Career transition plan</h2>
      <p className="transition-route">
        <span className="role-pill">{currentRole.title}</span>
        <span aria-hidden="true"> → </span>
        <span className="visually-hidden"> to </span>
        <span className="role-pill">{targetRole.title}</span>
      </p>
      <p className="hint">
        Your resume reads as {currentRole.title} ({Math.round(currentRole.confidence * 100)}% confidence): {DIRECTION[transition.direction]}.
      </p>
      <dl className="facts">
        {transition.brings && (
          <>
            <dt>What you bring</dt>
            <dd>{transition.brings}</dd>
          </>
        )}
        {transition.gap && (
          <>
            <dt>The gap</dt>
            <dd>{transition.gap}</dd>
          </>
        )}
        <dt>Timeline</dt>
        <dd>{timeline ? `About ${timeline.minMonths}–${timeline.maxMonths} months` : "not known for this move"}</dd>
        <dt>Transferable skills</dt>
        <dd>{tags(transition.transferable, "None shown yet.")}</dd>
        <dt>To learn and show</dt>
        <dd>{tags(transition.toLearn, "Nothing specific.")}</dd>
      </dl>
    </section>
  );
}

function tags(items: string[], empty: string) {
  if (items.length === 0) return <span className="empty">{empty}</span>;
  return (
    <ul className="tags">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}
