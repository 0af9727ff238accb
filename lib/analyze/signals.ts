/**
 * Whether the resume shows a portfolio signal of the profile (GitHub, Kaggle, publications…).
 *
 * A signal with link kinds (GitHub, Kaggle, Scholar, LinkedIn) is a profile to visit: it is shown by a
 * contact link of that kind, a printed URL host ("github.com/…"), or a mention outside experience
 * bullets ("GitHub: jdoe" in the header). A tool name in a bullet ("CI with GitHub Actions") is not a
 * profile. Other signals (publications, open source) are shown by any mention or by their section.
 */
import type { PortfolioSignal } from "../profiles/schema";
import type { Contact } from "../report/schema";
import type { SignalMatch } from "./keywords";

export function signalShown(signal: PortfolioSignal, match: SignalMatch | undefined, contact: Pick<Contact, "links">): boolean {
  if (signal.linkKinds.length === 0) return match?.found === true;
  if (contact.links.some((l) => (signal.linkKinds as readonly string[]).includes(l.kind))) return true;
  if (!match) return false;
  if (match.bySection) return true;
  return match.occurrences.some((o) => o.text.includes(".") || !o.demonstrated);
}
