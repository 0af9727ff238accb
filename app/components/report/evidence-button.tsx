"use client";
/**
 * "Show in the text": points at a warning's (or a suggestion's) evidence in both views of "What the ATS sees" — the
 * marked excerpts in the text (scrolled to, outlined, focused) and, for a PDF, the page picture —
 * and says what it did in a live region.
 */
import { useCallback } from "react";

const ACTIVE = "is-evidence-active";

export function EvidenceButton({
  target,
  page,
  title,
  label,
}: {
  /** Whose evidence: `w<n>` (a warning) or `s<n>` (a suggestion), as in `data-evidence`. */
  target: string;
  page: number | null;
  /** Short name of the warning, for the announcement. */
  title: string;
  label: string;
}) {
  const show = useCallback(() => {
    const view = document.getElementById("ats-view");
    if (!view) return;
    view.querySelectorAll(`.${ACTIVE}`).forEach((el) => el.classList.remove(ACTIVE));
    const hits = [...view.querySelectorAll<HTMLElement>(`[data-evidence~="${target}"]`)];
    hits.forEach((el) => el.classList.add(ACTIVE));
    const figure = page !== null ? document.getElementById(`page-${page}`) : null;
    figure?.classList.add(ACTIVE);

    const behavior: ScrollBehavior = window.matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth";
    const inText = hits.find((el) => el.closest("[data-testid='ats-text']"));
    const inOriginal = hits.find((el) => el.closest("[data-testid='document-preview']"));
    const first = inText ?? figure;
    if (first) {
      // A page picture is taller than the box: show its top, not its middle.
      first.scrollIntoView({ behavior, block: inText ? "center" : "start" });
      if (!first.hasAttribute("tabindex")) first.setAttribute("tabindex", "-1");
      first.focus({ preventScroll: true });
    }
    // The other side scrolls inside its own box only, so the page does not jump away from the text.
    const other = inText ? (inOriginal ?? figure) : null;
    if (other) scrollWithin(other, behavior);

    const status = document.getElementById("evidence-status");
    if (status) {
      const where = [inText && "in the text", page !== null && `on page ${page}`].filter(Boolean).join(" and ");
      status.textContent = where ? `Showing “${title}” ${where}.` : `“${title}” points at nothing in the text.`;
    }
  }, [target, page, title]);

  return (
    <button type="button" className="link-button no-print" onClick={show} data-testid={`show-evidence-${target}`}>
      {label}
    </button>
  );
}

function scrollWithin(el: HTMLElement, behavior: ScrollBehavior): void {
  const box = el.closest<HTMLElement>(".ats-pane-body");
  if (!box || box.scrollHeight <= box.clientHeight) return;
  const offset = el.getBoundingClientRect().top - box.getBoundingClientRect().top;
  box.scrollTo({ top: box.scrollTop + offset - box.clientHeight / 3, behavior });
}
