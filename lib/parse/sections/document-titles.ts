/**
 * Words printed as the document's title ("Curriculum Vitae", "Lebenslauf", "履歴書"): neither the
 * candidate's name nor a section heading.
 */
import { foldKey } from "../text";

const TITLES = new Set(
  [
    "resume", "résumé", "cv", "curriculum vitae", "curriculum", "vita", "lebenslauf", "tabellarischer lebenslauf",
    "curriculum vitæ", "hoja de vida", "currículum", "currículum vitae", "currículo", "bewerbung", "anschreiben",
    "cover letter", "motivation letter", "motivationsschreiben", "lettre de motivation", "carta de presentación",
    "履歴書", "职务经历书", "職務経歴書", "简历", "个人简历", "簡歷", "履历", "resume title", "résumé title",
  ].map(foldKey),
);

export function isDocumentTitle(text: string): boolean {
  return TITLES.has(foldKey(text).replace(/\s+/g, " "));
}
