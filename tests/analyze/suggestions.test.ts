import { describe, expect, it } from "vitest";
import { analyzeResume, type ResumeInput } from "../../lib/analyze";
import { CATEGORY_ORDER, rank, WARNING_FIX, whereToAdd } from "../../lib/analyze/suggestions";
import { MAX_QUOTED_UNMEASURED } from "../../lib/analyze/suggestions/bullet-suggestions";
import { draft } from "../../lib/analyze/suggestions/draft";
import { builtinProfiles, getProfile } from "../../lib/profiles/load-profiles";
import { suggestionSchema, type Suggestion, type Warning } from "../../lib/report/schema";
import { WARNING_CODES } from "../../lib/warnings/finding";
import { toWarnings } from "../../lib/warnings/messages";
import { buildResume, TODAY, warning } from "./resume-builder";
import { ML_ENGINEER, SOFTWARE_ENGINEER, WEAK_ML_ENGINEER } from "./sample-resumes";

const ml = getProfile("ml-engineer")!;
const profiles = builtinProfiles();

function suggest(resume: ResumeInput, warnings: Warning[] = [], jobDescription?: string, profile = ml): Suggestion[] {
  return analyzeResume(resume, warnings, { profile, profiles, pages: 1, today: TODAY, jobDescription }).suggestions;
}

const PRIORITY = { high: 0, medium: 1, low: 2 };

describe("suggestions", () => {
  it("are valid, ranked by priority then category, and deterministic", () => {
    const resume = buildResume(WEAK_ML_ENGINEER);
    const warnings = [warning("multi_column", "high"), warning("images", "low")];
    const out = suggest(resume, warnings);
    expect(out.length).toBeGreaterThan(5);
    for (const s of out) expect(suggestionSchema.parse(s)).toEqual(s);
    for (let i = 1; i < out.length; i++) {
      const a = out[i - 1];
      const b = out[i];
      expect(PRIORITY[a.priority]).toBeLessThanOrEqual(PRIORITY[b.priority]);
      if (a.priority === b.priority) {
        expect(CATEGORY_ORDER.indexOf(a.category as never)).toBeLessThanOrEqual(CATEGORY_ORDER.indexOf(b.category as never));
      }
    }
    expect(suggest(resume, warnings)).toEqual(out);
  });

  it("name missing required keywords by category, with where to add them", () => {
    const out = suggest(buildResume(SOFTWARE_ENGINEER)).filter((s) => s.category === "keywords");
    const frameworks = out.find((s) => s.message.includes("ML frameworks"))!;
    expect(frameworks.priority).toBe("high");
    expect(frameworks.evidence).toBe("PyTorch, TensorFlow, scikit-learn");
    expect(frameworks.action).toMatch(/list PyTorch, TensorFlow and scikit-learn and name each in an experience or project bullet/);
    const mlops = out.find((s) => s.message.includes("MLOps and model deployment"))!;
    expect(mlops.action).toMatch(/show Model Deployment, Model Serving and Model Monitoring in experience or project bullets/);
    // Present keywords are never reported missing.
    expect(out.every((s) => !/\bDocker\b/.test(s.evidence ?? ""))).toBe(true);
    // Preferred gaps come last, as one low-priority line.
    expect(out.filter((s) => s.priority === "low")).toHaveLength(1);
  });

  it("tell tools (skills section and a bullet) from practices (experience bullets)", () => {
    expect(whereToAdd(["PyTorch"], true)).toMatch(/^If you have this experience, list PyTorch and name each/);
    expect(whereToAdd(["PyTorch"], false)).toMatch(/add a Skills section listing PyTorch/);
    expect(whereToAdd(["Feature Engineering"], true)).toMatch(/show Feature Engineering in experience or project bullets/);
  });

  it("report skills listed but never demonstrated", () => {
    const out = suggest(buildResume({ ...SOFTWARE_ENGINEER, skills: [...SOFTWARE_ENGINEER.skills!, "PyTorch", "scikit-learn", "NumPy"] }));
    const listed = out.find((s) => s.category === "evidence")!;
    expect(listed.evidence).toContain("PyTorch");
    expect(listed.evidence).toContain("scikit-learn");
    expect(listed.evidence).not.toContain("Kubernetes"); // shown in a bullet
    expect(listed.message).toMatch(/only in your skills list or summary/);
  });

  it("quote the bullets lacking a measurable result, most recent role first, capped", () => {
    const resume = buildResume({
      experience: [
        { title: "Old Job", start: "2015", end: "2017", bullets: ["Maintained the reporting scripts for finance."] },
        {
          title: "Current Job",
          start: "2020",
          end: "present",
          bullets: [
            "Built the feature pipeline for search ranking.",
            "Designed the evaluation harness for ranking models.",
            "Improved training throughput 3x with mixed precision.",
            "Refactored the model serving layer for clarity.",
            "Introduced model monitoring dashboards for the team.",
          ],
        },
      ],
    });
    const impact = suggest(resume).filter((s) => s.category === "impact");
    const quoted = impact.filter((s) => s.evidence !== null);
    expect(quoted).toHaveLength(MAX_QUOTED_UNMEASURED);
    expect(quoted[0].evidence).toBe("Built the feature pipeline for search ranking.");
    expect(quoted[0].message).toContain("(Current Job, Example Corp)");
    expect(quoted.map((s) => s.evidence)).not.toContain("Improved training throughput 3x with mixed precision.");
    const rest = impact.find((s) => s.evidence === null)!;
    expect(rest.message).toMatch(/^2 more bullets lack a measurable result \(5 of 6 in all\)/);
  });

  it("flag weak openers, first person and filler, quoting the bullet", () => {
    const wording = suggest(buildResume(WEAK_ML_ENGINEER)).filter((s) => s.category === "wording");
    expect(wording[0]).toMatchObject({ priority: "medium", evidence: "Responsible for various machine learning tasks." });
    expect(wording[0].message).toMatch(/opens with “Responsible for” and uses filler \(“responsible for”, “various”\)/);
    const firstPerson = wording.find((s) => s.evidence === "I worked on models for my team.")!;
    expect(firstPerson.message).toMatch(/uses first person \(“I”\)/);
    expect(firstPerson.action).toMatch(/drop “I\/my”/);
    expect(suggest(buildResume(ML_ENGINEER)).filter((s) => s.category === "wording")).toEqual([]);
  });

  it("say how to fix each ATS warning, at the warning's severity", () => {
    const warnings = toWarnings([
      { code: "multi_column", page: 1, evidence: "page 1: two columns", count: 1 },
      { code: "multi_column", page: 2, evidence: "page 2: two columns", count: 1 },
      { code: "icon_glyphs", page: 1, evidence: "4 icons", count: 4 },
    ]);
    const ats = suggest(buildResume(ML_ENGINEER), warnings).filter((s) => s.category === "ats");
    expect(ats.map((s) => [s.priority, s.action])).toEqual([
      ["high", WARNING_FIX.multi_column],
      ["low", WARNING_FIX.icon_glyphs],
    ]);
    expect(ats[0].evidence).toBe("page 1: two columns");
    expect(ats[1].evidence).toBe("page 1: 4 icons");
    for (const code of WARNING_CODES) expect(WARNING_FIX[code].length).toBeGreaterThan(30);
  });

  it("ask for the portfolio links the role values, using the career guide's advice", () => {
    const without = suggest(buildResume({ ...ML_ENGINEER, links: [] })).filter((s) => s.category === "portfolio");
    const github = without.find((s) => s.message.startsWith("No GitHub"))!;
    expect(github.priority).toBe("medium");
    expect(github.action).toMatch(/portfolio of ML projects on GitHub/);
    const kaggle = without.find((s) => s.message.startsWith("No Kaggle"))!;
    expect(kaggle.priority).toBe("low");
    expect(kaggle.action).toMatch(/Kaggle competition results/);
    const withLinks = suggest(buildResume({ ...ML_ENGINEER, links: [{ kind: "github", url: "github.com/a" }, { kind: "kaggle", url: "kaggle.com/a" }] }));
    expect(withLinks.some((s) => /^No (GitHub|Kaggle)/.test(s.message))).toBe(false);
  });

  it("suggest certifications the role values, more urgently for a career change", () => {
    const changer = suggest(buildResume(SOFTWARE_ENGINEER)).find((s) => s.category === "certifications")!;
    expect(changer.priority).toBe("medium");
    expect(changer.action).toContain("AWS Machine Learning Specialty");
    const certified = suggest(buildResume({ ...ML_ENGINEER, certifications: ["AWS Certified Machine Learning – Specialty, 2023"] }));
    expect(certified.some((s) => s.category === "certifications")).toBe(false);
  });

  it("list the gaps against a job description, required terms first", () => {
    const jd = "Senior ML Engineer\n\nRequirements:\n- Kubeflow and Ray\n- PyTorch\n\nNice to have:\n- JAX\n";
    const out = suggest(buildResume(ML_ENGINEER), [], jd).filter((s) => s.category === "jd");
    expect(out[0].priority).toBe("high");
    expect(out[0].evidence).toContain("Kubeflow");
    expect(out[0].evidence).not.toContain("PyTorch");
    expect(out.find((s) => s.priority === "medium")?.evidence).toContain("JAX");
  });

  it("present the transition plan for a career changer", () => {
    const t = suggest(buildResume(SOFTWARE_ENGINEER)).find((s) => s.category === "transition")!;
    expect(t.message).toMatch(/reads as Software Engineer .* moving to Machine Learning Engineer/);
    expect(t.message).toMatch(/4–8 months/);
    expect(t.action).toMatch(/PyTorch/);
  });

  it("rank drafts by priority, category, then weight, stably", () => {
    const out = rank([
      draft("low", "keywords", "a", "x", null, 9),
      draft("high", "impact", "b", "x", null, 1),
      draft("high", "keywords", "c", "x", null, 1),
      draft("high", "keywords", "d", "x", null, 5),
      draft("high", "keywords", "e", "x", null, 5),
    ]);
    expect(out.map((s) => s.message)).toEqual(["d", "e", "c", "b", "a"]);
    expect(Object.keys(out[0])).not.toContain("weight");
  });
});

describe("unreadable documents", () => {
  it("get only the ATS and length suggestions", () => {
    const scanned = buildResume({ name: null, email: null, phone: null });
    const out = suggest(scanned, [warning("no_text_layer", "high")]);
    expect(out.map((s) => s.category)).toEqual(["ats", "length"]);
    expect(out[0].action).toBe(WARNING_FIX.no_text_layer);
  });
});
