import { describe, expect, it } from "vitest";
import { analyzeResume, type ResumeInput } from "../../lib/analyze";
import { checkBullets } from "../../lib/analyze/checks";
import { matchKeywords, type KeywordMatch } from "../../lib/analyze/keywords";
import { FACTOR_MAX, fitScale, keywordCoverage, scoreResume, SCORE_ALGORITHM, type ScoreInput } from "../../lib/analyze/score";
import { allocatePoints } from "../../lib/analyze/score/allocate-points";
import { completenessFactor, completenessItems } from "../../lib/analyze/score/completeness-factor";
import { impactFactor } from "../../lib/analyze/score/impact-factor";
import { keywordFactor } from "../../lib/analyze/score/keyword-factor";
import { lengthFactor } from "../../lib/analyze/score/length-factor";
import { readabilityFactor } from "../../lib/analyze/score/readability-factor";
import { recencyFactor } from "../../lib/analyze/score/recency-factor";
import type { FactorResult } from "../../lib/analyze/score/factor";
import { resumeFacts } from "../../lib/analyze/resume-facts";
import { builtinProfiles, getProfile } from "../../lib/profiles/load-profiles";
import { matchSchema, type Warning } from "../../lib/report/schema";
import { buildResume, TODAY, warning } from "./resume-builder";
import { ACCOUNTANT, ML_ENGINEER, SOFTWARE_ENGINEER, WEAK_ML_ENGINEER } from "./sample-resumes";

const ml = getProfile("ml-engineer")!;
const profiles = builtinProfiles();

function analyze(resume: ResumeInput, warnings: Warning[] = [], pages = 1, jobDescription?: string) {
  return analyzeResume(resume, warnings, { profile: ml, profiles, pages, today: TODAY, jobDescription });
}

function points(result: ReturnType<typeof analyze>, factor: string): number {
  return result.match.breakdown.find((b) => b.factor === factor)!.points;
}

/** Deterministic pseudo-random numbers (mulberry32) for property checks. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("allocatePoints", () => {
  it("gives whole points that add up to the rounded total, each within its max", () => {
    const next = random(42);
    for (let run = 0; run < 500; run++) {
      const factors: FactorResult[] = Object.entries(FACTOR_MAX).map(([factor, max]) => ({
        factor: factor as FactorResult["factor"],
        max,
        raw: run % 7 === 0 ? max * Math.round(next()) : max * next(),
        why: "",
      }));
      const total = factors.reduce((s, f) => s + f.raw, 0);
      const { score, factors: out } = allocatePoints(factors);
      expect(score).toBe(Math.round(total));
      expect(out.reduce((s, f) => s + f.points, 0)).toBe(score);
      for (const f of out) {
        expect(Number.isInteger(f.points)).toBe(true);
        expect(f.points).toBeGreaterThanOrEqual(0);
        expect(f.points).toBeLessThanOrEqual(f.max);
        expect(Math.abs(f.points - f.raw)).toBeLessThan(1);
      }
    }
  });

  it("keeps exact integers unchanged", () => {
    const { score, factors } = allocatePoints([
      { factor: "keywords", max: 60, raw: 30, why: "" },
      { factor: "impact", max: 10, raw: 10, why: "" },
    ]);
    expect(score).toBe(40);
    expect(factors.map((f) => f.points)).toEqual([30, 10]);
  });
});

describe("score", () => {
  const resumes = { strong: ML_ENGINEER, weak: WEAK_ML_ENGINEER, swe: SOFTWARE_ENGINEER, accountant: ACCOUNTANT, empty: {} };

  it.each(Object.entries(resumes))("%s: the breakdown adds up to the score and every factor is within bounds", (_name, spec) => {
    const result = analyze(buildResume(spec), [warning("multi_column", "high"), warning("images", "low")], 2);
    const { match } = result;
    expect(matchSchema.parse(match)).toEqual(match);
    expect(match.algorithm).toBe(SCORE_ALGORITHM);
    expect(match.breakdown.map((b) => b.factor)).toEqual(Object.keys(FACTOR_MAX));
    expect(match.breakdown.reduce((s, b) => s + b.points, 0)).toBe(match.score);
    expect(match.breakdown.reduce((s, b) => s + b.max, 0)).toBe(100);
    for (const b of match.breakdown) {
      expect(b.points).toBeGreaterThanOrEqual(0);
      expect(b.points).toBeLessThanOrEqual(b.max);
      expect(b.why.length).toBeGreaterThan(20);
    }
    expect(match.score).toBeGreaterThanOrEqual(0);
    expect(match.score).toBeLessThanOrEqual(100);
  });

  it("ranks careers by fit to the role: ML engineer > software engineer > accountant", () => {
    const strong = analyze(buildResume(ML_ENGINEER)).match.score;
    const swe = analyze(buildResume(SOFTWARE_ENGINEER)).match.score;
    const accountant = analyze(buildResume(ACCOUNTANT)).match.score;
    expect(strong).toBeGreaterThan(85);
    expect(strong).toBeGreaterThan(swe);
    expect(swe).toBeGreaterThan(accountant);
    expect(accountant).toBeLessThan(15);
  });

  it("a better resume scores higher on every factor", () => {
    const good = analyze(buildResume(ML_ENGINEER), [], 1);
    const bad = analyze(buildResume({ ...WEAK_ML_ENGINEER, email: null, phone: null }), [warning("multi_column", "high"), warning("text_boxes", "high")], 4);
    for (const factor of Object.keys(FACTOR_MAX)) expect(points(good, factor), factor).toBeGreaterThan(points(bad, factor));
  });

  it("is deterministic", () => {
    const a = analyze(buildResume(ML_ENGINEER), [warning("tables", "medium")], 2);
    const b = analyze(buildResume(ML_ENGINEER), [warning("tables", "medium")], 2);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it("scales presentation factors by keyword fit, from FIT_FLOOR up", () => {
    expect(fitScale(0)).toBeCloseTo(0.25);
    expect(fitScale(1)).toBe(1);
    const accountant = analyze(buildResume(ACCOUNTANT));
    expect(accountant.match.breakdown.find((b) => b.factor === "readability")!.why).toMatch(/Counted at 25%/);
    const strong = analyze(buildResume(ML_ENGINEER));
    expect(strong.match.breakdown.find((b) => b.factor === "readability")!.why).not.toMatch(/Counted at/);
  });
});

describe("keyword factor", () => {
  const keywordsFor = (text: string, kind = "experience") =>
    matchKeywords(`${kind === "experience" ? "Experience" : "Skills"}\n${text}`, [{ kind, start: 0, end: text.length + 20 }], ml);

  it("demonstrated beats listed beats missing", () => {
    const terms = "PyTorch, TensorFlow, scikit-learn, Docker, Kubernetes, MLOps, SQL, pandas, NumPy";
    const shown = keywordFactor(keywordsFor(`Built models with ${terms} and shipped them.`), null).raw;
    const listed = keywordFactor(keywordsFor(terms, "skills"), null).raw;
    const none = keywordFactor(keywordsFor("Closed the monthly books."), null).raw;
    expect(shown).toBeGreaterThan(listed);
    expect(listed).toBeGreaterThan(none);
    expect(none).toBe(0);
  });

  it("required keywords count more than preferred ones, and core categories more than others", () => {
    const required = keywordFactor(keywordsFor("Built models with PyTorch."), null).raw; // ml-frameworks, required
    const preferred = keywordFactor(keywordsFor("Built models with LightGBM."), null).raw; // ml-frameworks, preferred
    const lighter = keywordFactor(keywordsFor("Built models with Probability."), null).raw; // math (weight 1.5), required
    expect(required).toBeGreaterThan(preferred);
    expect(required).toBeGreaterThan(lighter);
  });

  it("is bounded by its max and reports coverage figures", () => {
    const all = ml.keywordGroups.flatMap((g) => g.keywords.map((k) => k.term)).join(", ");
    const full = keywordFactor(keywordsFor(`Used ${all} in production.`), null);
    expect(full.raw).toBeCloseTo(FACTOR_MAX.keywords);
    expect(full.why).toMatch(/^Shows \d+ of \d+ required/);
    const c = keywordCoverage(keywordsFor(`Used ${all} in production.`));
    expect(c.required).toBeCloseTo(1);
    expect(c.fit).toBe(1);
  });

  it("with a job description, half the factor is its match rate", () => {
    const keywords = keywordsFor("Built models with PyTorch and Docker.");
    const base = keywordFactor(keywords, null).raw;
    expect(keywordFactor(keywords, 100).raw).toBeCloseTo(base / 2 + FACTOR_MAX.keywords / 2);
    expect(keywordFactor(keywords, 0).raw).toBeCloseTo(base / 2);
    expect(keywordFactor(keywords, 40).why).toMatch(/job description match rate, 40%/);
  });

  it("a job description given to analyzeResume shifts the keyword factor and adds match.jd", () => {
    const resume = buildResume(SOFTWARE_ENGINEER);
    const plain = analyze(resume);
    const fitting = analyze(resume, [], 1, "Backend Engineer\n\nRequirements:\n- Java and Kafka\n- Docker and Kubernetes\n- PostgreSQL\n");
    const distant = analyze(resume, [], 1, "Biostatistician\n\nRequirements:\n- SAS and SPSS\n- Survival analysis\n- Mixed models\n");
    expect(plain.match.jd).toBeUndefined();
    expect(fitting.match.jd?.matchRate).toBeGreaterThan(distant.match.jd!.matchRate);
    expect(points(fitting, "keywords")).toBeGreaterThan(points(plain, "keywords"));
    expect(points(distant, "keywords")).toBeLessThan(points(plain, "keywords"));
  });
});

describe("readability factor", () => {
  it("costs 4/2/1 per distinct code by severity, ignores info and codes scored elsewhere", () => {
    expect(readabilityFactor([]).raw).toBe(10);
    expect(readabilityFactor([warning("multi_column", "high")]).raw).toBe(6);
    expect(readabilityFactor([warning("multi_column", "high", 1), warning("multi_column", "high", 2)]).raw).toBe(6);
    expect(readabilityFactor([warning("tables", "medium"), warning("images", "low")]).raw).toBe(7);
    expect(readabilityFactor([warning("missing_email", "high"), warning("long_document", "low")]).raw).toBe(10);
    const many = ["multi_column", "text_boxes", "hidden_text", "garbled_text"] as const;
    expect(readabilityFactor(many.map((c) => warning(c, "high"))).raw).toBe(0);
    expect(readabilityFactor([warning("multi_column", "high"), warning("images", "low")]).why).toMatch(/multi_column \(high, −4\), images \(low, −1\)/);
  });

  it("reads nothing from an image-only document", () => {
    expect(readabilityFactor([warning("no_text_layer", "high")]).raw).toBe(0);
  });
});

describe("completeness factor", () => {
  const itemsFor = (spec: Parameters<typeof buildResume>[0]) => {
    const r = buildResume(spec);
    return completenessItems(r.contact, r.sections, ml, []);
  };

  it("weighs contact details, the links the role values and the expected sections", () => {
    const full = completenessFactor(itemsFor(ML_ENGINEER));
    const noContact = completenessFactor(itemsFor({ ...ML_ENGINEER, email: null, phone: null }));
    const noGithub = completenessFactor(itemsFor({ ...ML_ENGINEER, links: [] }));
    expect(full.raw).toBeGreaterThan(noGithub.raw);
    expect(noGithub.raw).toBeGreaterThan(noContact.raw);
    expect(full.raw).toBeGreaterThan(noContact.raw);
    expect(noContact.why).toMatch(/missing: email, phone/);
    expect(noGithub.why).toMatch(/GitHub/);
    const labels = itemsFor(ML_ENGINEER).map((i) => i.label);
    expect(labels).toEqual(expect.arrayContaining(["name", "email", "phone", "experience section", "skills section", "projects section"]));
  });
});

describe("impact factor", () => {
  it("rewards figures, strong verbs, and no first person or filler", () => {
    const good = impactFactor(checkBullets(buildResume(ML_ENGINEER).experience));
    const bad = impactFactor(checkBullets(buildResume(WEAK_ML_ENGINEER).experience));
    expect(good.raw).toBeCloseTo(10);
    expect(bad.raw).toBe(0);
    expect(bad.why).toMatch(/^0 of 3 experience statements carry a measurable result/);
  });

  it("is zero without bullets, and scaled down with few of them", () => {
    expect(impactFactor([]).raw).toBe(0);
    const one = impactFactor(checkBullets([{ title: "Engineer", company: null, location: null, start: null, end: null, bullets: ["Cut build time 50% with caching."] }]));
    expect(one.raw).toBeCloseTo(2);
    expect(one.why).toMatch(/scaled by 1\/5/);
  });
});

describe("length and recency factors", () => {
  it("expects one page below ten years, two above, and penalises each page over", () => {
    const f = (pages: number, years: number, words = 500) => lengthFactor({ pages, expectedPages: years >= 10 ? 2 : 1, words, years }).raw;
    expect(f(1, 3)).toBe(5);
    expect(f(2, 3)).toBeCloseTo(3);
    expect(f(3, 3)).toBeCloseTo(1.5);
    expect(f(5, 3)).toBe(0);
    expect(f(2, 12)).toBe(5);
    expect(f(1, 3, 80)).toBeCloseTo(2.5);
  });

  it("counts a publications section on a research profile as an academic CV", () => {
    const r = buildResume({ experience: [{ title: "Researcher", start: "2010", end: "present" }], extra: [{ kind: "publications", heading: "Publications", lines: ["Paper"] }] });
    expect(resumeFacts(r, getProfile("research-scientist")!, 3, TODAY).expectedPages).toBe(3);
    expect(resumeFacts(r, getProfile("software-engineer")!, 3, TODAY).expectedPages).toBe(2);
  });

  it("gives full recency for a current job, less as the last one recedes, none without dates", () => {
    const job = (end: string | null) => [{ title: "Engineer", company: null, location: null, start: "2015", end, bullets: [] }];
    expect(recencyFactor(job("present"), [], TODAY).raw).toBe(5);
    expect(recencyFactor(job("2025-12"), [], TODAY).raw).toBe(5);
    const twoYears = recencyFactor(job("2024-03"), [], TODAY);
    expect(twoYears.raw).toBeGreaterThan(0);
    expect(twoYears.raw).toBeLessThan(5);
    expect(twoYears.why).toMatch(/ended 24 months ago/);
    expect(recencyFactor(job("2018"), [], TODAY).raw).toBe(0);
    expect(recencyFactor([], [], TODAY).raw).toBe(0);
    // A student without dated jobs: graduation stands in.
    expect(recencyFactor([], [{ degree: "BSc", school: "U", start: null, end: "2026" }], TODAY).raw).toBe(5);
  });

  it("uses the date passed in, not the clock", () => {
    const r = buildResume({ experience: [{ title: "Engineer", start: "2019-01", end: "2024-12", bullets: ["Built 3 services."] }] });
    const early = analyzeResume(r, [], { profile: ml, profiles, pages: 1, today: new Date(Date.UTC(2025, 0, 1)) });
    const late = analyzeResume(r, [], { profile: ml, profiles, pages: 1, today: new Date(Date.UTC(2029, 0, 1)) });
    expect(points(early, "recency")).toBeGreaterThan(points(late, "recency"));
  });
});

describe("scoreResume", () => {
  it("runs on its own inputs (no analyzeResume) with the same invariants", () => {
    const r = buildResume(ML_ENGINEER);
    const keywords: KeywordMatch[] = matchKeywords(r.text, r.sections, ml);
    const input: ScoreInput = {
      contact: r.contact,
      sections: r.sections,
      experience: r.experience,
      education: r.education,
      warnings: [],
      profile: ml,
      keywords,
      signals: [],
      statements: checkBullets(r.experience),
      facts: resumeFacts(r, ml, 1, TODAY),
      today: TODAY,
      jdMatchRate: null,
    };
    const out = scoreResume(input);
    expect(out.breakdown.reduce((s, b) => s + b.points, 0)).toBe(out.score);
  });
});
