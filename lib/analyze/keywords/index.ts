/** Keyword matching of a resume against a role profile (see match-keywords.ts). */
export {
  matchKeywords,
  scanProfile,
  toKeywordHits,
  type CertificationMatch,
  type KeywordMatch,
  type Occurrence,
  type ProfileScan,
  type SignalMatch,
} from "./match-keywords";
export { compileProfile, type CompiledProfile } from "./compile-profile";
export { DEMONSTRATING_SECTIONS, EVIDENCE_CREDIT, type Evidence, type SectionSpan } from "./sections";
export { tokenize, type Token } from "./tokenize";
