/**
 * Impact: whether the experience bullets read as achievements. Half the factor is the share of
 * statements with a measurable result (full at MEASURED_TARGET), three tenths the share opening with a
 * strong action verb (full at VERB_TARGET), one fifth the absence of first person and filler (zero when
 * PROBLEM_LIMIT of statements have either). With few statements there is little to judge, so the
 * factor is scaled by how many there are, up to ENOUGH_STATEMENTS. Statements not in English are not
 * judged for wording; only their figures count.
 */
import type { Statement } from "../checks";
import { factor, percent, plural, type FactorResult } from "./factor";

const MEASURED_TARGET = 0.5;
const VERB_TARGET = 0.75;
const PROBLEM_LIMIT = 0.3;
const ENOUGH_STATEMENTS = 5;
const PARTS = { measured: 0.5, verbs: 0.3, clean: 0.2 };

export interface ImpactFigures {
  statements: number;
  measured: number;
  judged: number;
  strongVerbs: number;
  withProblems: number;
}

export function impactFigures(statements: readonly Statement[]): ImpactFigures {
  const judged = statements.filter((s) => s.judged);
  return {
    statements: statements.length,
    measured: statements.filter((s) => s.measurable).length,
    judged: judged.length,
    strongVerbs: judged.filter((s) => s.strongVerb).length,
    withProblems: judged.filter((s) => s.firstPerson !== null || s.filler.length > 0).length,
  };
}

export function impactFactor(statements: readonly Statement[]): FactorResult {
  const f = impactFigures(statements);
  if (f.statements === 0) {
    return factor("impact", 0, "No experience bullets were found, so there are no achievements to read.");
  }
  const measured = f.measured / f.statements;
  const verbs = f.judged > 0 ? f.strongVerbs / f.judged : 0;
  const problems = f.judged > 0 ? f.withProblems / f.judged : 0;
  const share =
    PARTS.measured * Math.min(1, measured / MEASURED_TARGET) +
    PARTS.verbs * (f.judged > 0 ? Math.min(1, verbs / VERB_TARGET) : 0) +
    PARTS.clean * (f.judged > 0 ? 1 - Math.min(1, problems / PROBLEM_LIMIT) : 0);
  const depth = Math.min(1, f.statements / ENOUGH_STATEMENTS);
  let why =
    `${f.measured} of ${plural(f.statements, "experience statement")} carry a measurable result (${percent(measured)}; full credit at ${percent(MEASURED_TARGET)})`;
  if (f.judged > 0) {
    why += `, ${f.strongVerbs} of ${f.judged} open with a strong action verb, ${f.withProblems} use first person or filler`;
  }
  why += depth < 1 ? `; only ${plural(f.statements, "statement")} to judge, so the factor is scaled by ${f.statements}/${ENOUGH_STATEMENTS}.` : ".";
  return factor("impact", share * depth, why);
}
