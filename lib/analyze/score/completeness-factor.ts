/**
 * Completeness: the contact details and sections an ATS fills its record from, and the profile links
 * the role values (GitHub for engineers, Google Scholar for researchers…). Each item has a weight;
 * the factor is the weighted share present.
 */
import type { RoleProfile } from "../../profiles/schema";
import type { Contact, Section } from "../../report/schema";
import type { SignalMatch } from "../keywords";
import { signalShown } from "../signals";
import { factor, type FactorResult } from "./factor";

export interface CompletenessItem {
  label: string;
  weight: number;
  present: boolean;
  kind: "contact" | "link" | "section";
  importance: "required" | "preferred";
}

const CONTACT_WEIGHTS = { name: 1, email: 2, phone: 1 };
const SECTION_WEIGHT = { required: 1.5, preferred: 0.5 };
const LINK_WEIGHT = { required: 1, preferred: 0.5 };
/** Expected when a profile names no sections. */
const DEFAULT_SECTIONS = ["experience", "education", "skills"] as const;

export function completenessItems(
  contact: Contact,
  sections: readonly Pick<Section, "kind">[],
  profile: RoleProfile,
  signals: readonly SignalMatch[],
): CompletenessItem[] {
  const items: CompletenessItem[] = [
    { label: "name", weight: CONTACT_WEIGHTS.name, present: contact.name !== null, kind: "contact", importance: "required" },
    { label: "email", weight: CONTACT_WEIGHTS.email, present: contact.emails.length > 0, kind: "contact", importance: "required" },
    { label: "phone", weight: CONTACT_WEIGHTS.phone, present: contact.phones.length > 0, kind: "contact", importance: "required" },
  ];
  profile.portfolioSignals.forEach((signal, i) => {
    if (signal.linkKinds.length === 0) return; // not a contact link (publications, talks…): a suggestion, not a score
    const present = signalShown(signal, signals[i], contact);
    items.push({ label: signal.label, weight: LINK_WEIGHT[signal.importance], present, kind: "link", importance: signal.importance });
  });
  const kinds = new Set(sections.map((s) => s.kind));
  const expected = profile.sections.length > 0 ? profile.sections : DEFAULT_SECTIONS.map((kind) => ({ kind, importance: "required" as const }));
  for (const s of expected) {
    items.push({ label: `${s.kind} section`, weight: SECTION_WEIGHT[s.importance], present: kinds.has(s.kind), kind: "section", importance: s.importance });
  }
  return items;
}

export function completenessFactor(items: readonly CompletenessItem[]): FactorResult {
  const total = items.reduce((sum, i) => sum + i.weight, 0);
  const got = items.reduce((sum, i) => sum + (i.present ? i.weight : 0), 0);
  const missing = items.filter((i) => !i.present);
  const present = items.length - missing.length;
  const why =
    missing.length === 0
      ? `All ${items.length} expected items are present (name, email, phone, the links and sections the role expects).`
      : `${present} of ${items.length} expected items present; missing: ${missing
          .map((i) => `${i.label}${i.importance === "preferred" ? " (preferred)" : ""}`)
          .join(", ")}.`;
  return factor("completeness", total > 0 ? got / total : 1, why);
}
