/**
 * What the role expects beyond keywords: the sections, the portfolio signals (GitHub, Kaggle,
 * publications…) and the certifications of the profile, and a name at the top. For the career guide's
 * role, the guide's resume-positioning advice is the action where it speaks about the signal.
 */
import type { RoleProfile } from "../../profiles/schema";
import type { Transitions } from "../../profiles/transitions";
import type { Contact, Transition } from "../../report/schema";
import type { CertificationMatch, SignalMatch } from "../keywords";
import { signalShown } from "../signals";
import type { CompletenessItem } from "../score";
import { draft, listTerms, type Draft } from "./draft";

const SECTION_ACTION: Record<string, string> = {
  experience: "Add an Experience section (heading “Experience”): title, company, dates and bullets for each role, internships and research positions included.",
  education: "Add an Education section (heading “Education”): degree, school and graduation year.",
  skills: "Add a Skills section (heading “Skills”) listing the tools and technologies you use, grouped (Languages, Frameworks, Cloud…).",
  projects: "Add a Projects section with two or three projects relevant to the role: what you built, with which tools, the result, and a link.",
  summary: "Add a two- or three-line summary at the top naming the role you target and your strongest matching skills.",
};

/** Handled by their own suggestions (certifications, portfolio signals). */
const SECTIONS_ELSEWHERE = new Set(["certifications", "publications"]);

const SIGNAL_ACTION: Record<string, string> = {
  github: "Add your GitHub profile URL to the contact line and pin repositories that show the role's work: clean code, a README and results.",
  kaggle: "Add your Kaggle profile URL and your best competition results (rank or percentile).",
  huggingface: "Link your Hugging Face profile with the models or datasets you published.",
  "open-source": "Name your open-source contributions (project, what you contributed) under Projects or Experience.",
  publications: "Add a Publications section: authors, title, venue and year for each paper.",
  scholar: "Add your Google Scholar profile URL to the contact line.",
  patents: "List patents (title, number, year) in a Patents or Awards section.",
  talks: "List talks (title, event, year) in a Talks or Activities section.",
  blog: "Link your technical blog or articles in the contact line or under Projects.",
  portfolio: "Add a portfolio URL to the contact line.",
  linkedin: "Add your LinkedIn profile URL to the contact line.",
  metrics: "Quantify results in your bullets.",
};

export function sectionSuggestions(items: readonly CompletenessItem[]): Draft[] {
  const out: Draft[] = [];
  for (const item of items) {
    if (item.present) continue;
    if (item.kind === "contact" && item.label === "name") {
      out.push(
        draft("high", "contact", "No name was found at the top of the resume.", "Put your full name alone on the first line, as plain text in the body (not in a header, image or text box).", null, 3),
      );
    }
    if (item.kind !== "section") continue;
    const kind = item.label.replace(/ section$/, "");
    if (SECTIONS_ELSEWHERE.has(kind)) continue;
    out.push(
      draft(
        item.importance === "required" ? "medium" : "low",
        "sections",
        `No ${kind} section was recognised; the role expects one${item.importance === "preferred" ? " (preferred)" : ""}.`,
        SECTION_ACTION[kind] ?? `Add a section headed “${kind.charAt(0).toUpperCase()}${kind.slice(1)}”.`,
        null,
        item.weight,
      ),
    );
  }
  return out;
}

export function portfolioSuggestions(
  profile: RoleProfile,
  signals: readonly SignalMatch[],
  contact: Contact,
  advice: ReadonlyMap<string, string>,
): Draft[] {
  const out: Draft[] = [];
  profile.portfolioSignals.forEach((signal, i) => {
    if (signalShown(signal, signals[i], contact)) return;
    if (signal.kind === "metrics") return; // covered by the bullet suggestions
    out.push(
      draft(
        signal.importance === "required" ? "medium" : "low",
        "portfolio",
        `No ${signal.label} found. ${signal.why}`,
        advice.get(signal.kind) ?? SIGNAL_ACTION[signal.kind] ?? `Add your ${signal.label}.`,
        null,
        signal.importance === "required" ? 2 : 1,
      ),
    );
  });
  return out;
}

/**
 * The guide's positioning advice by signal kind, for the direction of the move: "into" advice when
 * the resume moves into the guide's role (or shows no role yet), "out-of" when it moves on from it.
 */
export function positioningAdvice(transitions: Transitions, profile: RoleProfile, transition: Transition | null): Map<string, string> {
  const map = new Map<string, string>();
  const direction =
    transitions.target === profile.slug ? "into" : transition?.direction === "out-of" ? "out-of" : null;
  if (!direction) return map;
  for (const tip of transitions.positioning) {
    if (tip.direction !== direction) continue;
    for (const kind of tip.signals) if (!map.has(kind)) map.set(kind, tip.advice);
  }
  return map;
}

const MAX_CERTIFICATIONS = 3;

export function certificationSuggestions(profile: RoleProfile, certifications: readonly CertificationMatch[], transition: Transition | null): Draft[] {
  if (profile.certifications.length === 0 || certifications.some((c) => c.found)) return [];
  const changing = transition !== null;
  const named = profile.certifications
    .map((c, i) => ({ c, i }))
    .sort((a, b) => (a.c.importance === b.c.importance ? a.i - b.i : a.c.importance === "required" ? -1 : 1))
    .slice(0, MAX_CERTIFICATIONS)
    .map(({ c }) => `${c.name} (${c.issuer}; ${c.why.replace(/\.$/, "")})`);
  return [
    draft(
      changing ? "medium" : "low",
      "certifications",
      changing
        ? `No certification for ${profile.title} was found; for a career change, a certification is a recognised bridge.`
        : `No certification ${profile.title} roles value was found.`,
      `If you hold one, list it in a Certifications section with issuer and year. Worth considering: ${listTerms(named, MAX_CERTIFICATIONS)}.`,
      null,
      changing ? 2 : 1,
    ),
  ];
}
