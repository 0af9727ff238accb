import { describe, expect, it } from "vitest";
import { analyzeResume, type ResumeInput } from "../../lib/analyze";
import { detectRole, indexTitles, matchTitle, planTransition } from "../../lib/analyze/transition";
import { matchKeywords } from "../../lib/analyze/keywords";
import { builtinProfiles, getProfile } from "../../lib/profiles/load-profiles";
import { loadTransitions } from "../../lib/profiles/transitions";
import { transitionSchema } from "../../lib/report/schema";
import { buildResume, TODAY, type ResumeSpec } from "./resume-builder";
import {
  ACCOUNTANT,
  DATA_ENGINEER,
  DATA_SCIENTIST,
  ML_ENGINEER,
  RESEARCH_SCIENTIST,
  SOFTWARE_ENGINEER,
  STATISTICIAN,
} from "./sample-resumes";

const profiles = builtinProfiles();
const ml = getProfile("ml-engineer")!;

function analyze(resume: ResumeInput, profile = ml) {
  return analyzeResume(resume, [], { profile, profiles, pages: 1, today: TODAY });
}

function detect(spec: ResumeSpec) {
  const r = buildResume(spec);
  return detectRole({ text: r.text, sections: r.sections, experience: r.experience, today: TODAY }, profiles);
}

describe("current role detection and the guide's plan into ML engineering", () => {
  // The guide: software engineer 4–8 months, data scientist 3–6, data engineer 4–7, research scientist 3–6, statistician 4–8.
  const cases: [string, ResumeSpec, string, [number, number], string][] = [
    ["software engineer", SOFTWARE_ENGINEER, "software-engineer", [4, 8], "PyTorch"],
    ["data scientist", DATA_SCIENTIST, "data-scientist", [3, 6], "MLOps"],
    ["data engineer", DATA_ENGINEER, "data-engineer", [4, 7], "Model Evaluation"],
    ["research scientist", RESEARCH_SCIENTIST, "research-scientist", [3, 6], "Model Deployment"],
    ["statistician", STATISTICIAN, "statistician", [4, 8], "scikit-learn"],
  ];

  it.each(cases)("%s", (_name, spec, slug, [min, max], learn) => {
    const detected = detect(spec)!;
    expect(detected.slug).toBe(slug);
    expect(detected.confidence).toBeGreaterThanOrEqual(0.5);
    const { transition, match } = analyze(buildResume(spec));
    expect(transitionSchema.parse(transition)).toEqual(transition);
    expect(match.transition).toEqual(transition);
    expect(transition).toMatchObject({
      currentRole: { slug },
      targetRole: { slug: "ml-engineer", title: "Machine Learning Engineer" },
      direction: "into",
      timeline: { minMonths: min, maxMonths: max },
    });
    const guide = loadTransitions().into.find((t) => t.from === slug)!;
    expect(transition!.gap).toBe(guide.gap);
    expect(transition!.brings).toBe(guide.brings);
    expect(transition!.toLearn).toContain(learn);
    // Everything still to learn is a focus term of the guide the resume does not demonstrate.
    for (const term of transition!.toLearn) expect(guide.focus).toContain(term);
    // Transferable skills are target keywords the resume shows.
    const found = new Set(match.keywords.filter((k) => k.found).map((k) => k.term));
    expect(transition!.transferable.length).toBeGreaterThan(2);
    for (const term of transition!.transferable) expect(found.has(term)).toBe(true);
  });

  it("sees no transition for a resume that already shows the target role", () => {
    expect(detect(ML_ENGINEER)!.slug).toBe("ml-engineer");
    expect(analyze(buildResume(ML_ENGINEER)).transition).toBeNull();
  });

  it("detects no role for a resume with no known title and few technical keywords", () => {
    expect(detect(ACCOUNTANT)).toBeNull();
    expect(analyze(buildResume(ACCOUNTANT)).transition).toBeNull();
  });

  it("reads a career changer by the most recent title", () => {
    const changer: ResumeSpec = {
      experience: [
        { title: "Data Scientist", start: "2023-01", end: "present", bullets: ["Built churn models in Python with pandas, lifting retention 5%."] },
        { title: "Software Engineer", start: "2018-01", end: "2022-12", bullets: ["Built Java services on AWS for 2M users."] },
        { title: "Software Developer", start: "2015-01", end: "2017-12", bullets: ["Wrote PHP pages for 30 clients."] },
      ],
    };
    expect(detect(changer)!.slug).toBe("data-scientist");
  });

  it("plans the reverse move out of ML engineering for a destination target", () => {
    const manager = getProfile("ml-engineering-manager")!;
    const { transition } = analyze(buildResume(ML_ENGINEER), manager);
    expect(transition).toMatchObject({
      currentRole: { slug: "ml-engineer" },
      targetRole: { slug: "ml-engineering-manager" },
      direction: "out-of",
      timeline: null,
    });
    expect(transition!.gap).toMatch(/people management and strategic planning/i);
    expect(transition!.toLearn).toEqual(["People Management", "Strategic Planning"]);
  });

  it("falls back to the target's required keywords where the guide says nothing", () => {
    const ds = getProfile("data-scientist")!;
    const { transition } = analyze(buildResume(SOFTWARE_ENGINEER), ds);
    expect(transition).toMatchObject({ currentRole: { slug: "software-engineer" }, direction: "other", gap: null, timeline: null });
    expect(transition!.toLearn.length).toBeGreaterThan(0);
    const required = new Set(ds.keywordGroups.flatMap((g) => g.keywords.filter((k) => k.importance === "required").map((k) => k.term)));
    for (const term of transition!.toLearn) expect(required.has(term)).toBe(true);
  });

  it("is deterministic", () => {
    const a = detect(DATA_ENGINEER)!;
    const b = detect(DATA_ENGINEER)!;
    expect(b.ranking).toEqual(a.ranking);
    const r = buildResume(DATA_ENGINEER);
    const kw = matchKeywords(r.text, r.sections, ml);
    expect(planTransition(b, ml, kw)).toEqual(planTransition(a, ml, kw));
  });
});

describe("title matching", () => {
  const index = indexTitles(profiles);
  it.each([
    ["Senior Data Scientist", "data-scientist"],
    ["Sr. Machine Learning Engineer", "ml-engineer"],
    ["Data Engineer II", "data-engineer"],
    ["Postdoctoral Researcher", "research-scientist"],
    ["Lead Biostatistician", "statistician"],
    ["Senior Software Engineer, Payments", "software-engineer"],
    ["Co-Founder & CTO", "startup-cto"],
    ["Head of Machine Learning", "ml-engineering-manager"],
  ])("%s → %s", (title, slug) => expect(matchTitle(title, index)).toMatchObject({ slug, strength: 1 }));

  it("prefers the most specific title: Data Scientist is not a research Scientist", () => {
    expect(matchTitle("Data Scientist", index)!.slug).toBe("data-scientist");
    expect(matchTitle("Scientist", index)!.slug).toBe("research-scientist");
  });

  it("guesses software roles from the head noun at half strength", () => {
    expect(matchTitle("Senior Python Developer", index)).toMatchObject({ slug: "software-engineer", strength: 0.5 });
    expect(matchTitle("Accountant", index)).toBeNull();
    expect(matchTitle(null, index)).toBeNull();
  });

  it("needs short acronyms in capitals", () => {
    expect(matchTitle("MLE", index)!.slug).toBe("ml-engineer");
    expect(matchTitle("Cto of the month club", index)).toBeNull();
  });
});
