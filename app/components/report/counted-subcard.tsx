import type { ReactNode } from "react";

/** A report subcard titled with how many items it found; a sentence stands in for none. */
export function CountedSubcard({ id, title, count, empty, children }: { id: string; title: string; count: number; empty: string; children: ReactNode }) {
  return (
    <section className="subcard" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>
        {title} ({count})
      </h3>
      {count === 0 ? <p className="empty">{empty}</p> : children}
    </section>
  );
}
