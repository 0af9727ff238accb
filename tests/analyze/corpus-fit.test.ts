/**
 * The ml-engineer score against the hand-labelled fit of the shared development corpus (0 unrelated …
 * 3 strong ML engineering). Skipped where the corpus is absent. The floor sits a little under the
 * measured rank correlation (0.73 with score-v1) so a change that loses the ordering is caught.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { evaluateFolder, type Evaluation } from "../../scripts/eval/run-evaluation";

const CORPUS = path.resolve(__dirname, "../../../shared/corpus");
const MIN_SPEARMAN = 0.65;

describe.skipIf(!existsSync(path.join(CORPUS, "labels")))("ml-engineer score vs labelled fit", () => {
  let run: Evaluation;
  beforeAll(async () => {
    run = await evaluateFolder({ docsDir: CORPUS, role: "ml-engineer", timeoutMs: 20_000 });
  }, 120_000);

  it(`ranks resumes like the labels (Spearman ≥ ${MIN_SPEARMAN})`, () => {
    expect(run.figures.fit_spearman).not.toBeNull();
    expect(run.figures.fit_spearman!).toBeGreaterThanOrEqual(MIN_SPEARMAN);
  });

  it("scores every text-layer file, with a breakdown that adds up", () => {
    for (const r of run.results) {
      if (!r.report) continue;
      const match = r.report.match!;
      expect(match.breakdown.reduce((s, b) => s + b.points, 0), r.label.file).toBe(match.score);
    }
  });
});
