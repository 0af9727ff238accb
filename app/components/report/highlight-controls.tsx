"use client";
/**
 * The side-by-side view's container: checkboxes that switch each kind of marking on and off
 * (keywords, contact details, section bands, header/footer/text-box/table text). The marks are
 * server-rendered; switching only toggles classes, so nothing moves while the page loads.
 */
import { useState, type ReactNode } from "react";

const KINDS = [
  { key: "keywords", label: "Keywords" },
  { key: "contact", label: "Contact details" },
  { key: "sections", label: "Section bands" },
  { key: "regions", label: "Headers, footers, text boxes, tables" },
] as const;

type Kind = (typeof KINDS)[number]["key"];

export function HighlightControls({ children }: { children: ReactNode }) {
  const [off, setOff] = useState<Set<Kind>>(new Set());
  const toggle = (kind: Kind) =>
    setOff((current) => {
      const next = new Set(current);
      if (next.has(kind)) next.delete(kind);
      else next.add(kind);
      return next;
    });
  return (
    <div id="ats-view" className={["ats-view", ...[...off].map((k) => `hide-${k}`)].join(" ")}>
      <fieldset className="highlight-controls no-print">
        <legend>Highlight</legend>
        {KINDS.map(({ key, label }) => (
          <label key={key} className="check">
            <input type="checkbox" checked={!off.has(key)} onChange={() => toggle(key)} data-testid={`highlight-${key}`} />
            <span className={`hl-swatch swatch-${key}`} aria-hidden="true" />
            {label}
          </label>
        ))}
      </fieldset>
      {children}
    </div>
  );
}
