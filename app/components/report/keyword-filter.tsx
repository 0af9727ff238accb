"use client";
/** Shows all of a keyword table's rows, or only the found or the missing ones (print always shows all). */
import { useId, useState, type ReactNode } from "react";

type Filter = "all" | "found" | "missing";

export function KeywordFilter({ counts, children, name }: { counts: Record<Filter, number>; children: ReactNode; name: string }) {
  const [filter, setFilter] = useState<Filter>("all");
  const id = useId();
  const labels: Record<Filter, string> = { all: "All", found: "Found", missing: "Missing" };
  return (
    <div className={`kw-filter-${filter}`}>
      <fieldset className="kw-filter no-print">
        <legend id={`${id}-legend`}>Show</legend>
        {(["all", "found", "missing"] as const).map((value) => (
          <label key={value} className="check">
            <input
              type="radio"
              name={`${name}-${id}`}
              value={value}
              checked={filter === value}
              onChange={() => setFilter(value)}
              data-testid={`${name}-filter-${value}`}
            />
            {labels[value]} ({counts[value]})
          </label>
        ))}
      </fieldset>
      {children}
    </div>
  );
}
