import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compileProfile, tokenize } from "../../lib/analyze/keywords";
import { BUILTIN_PROFILE_DATA } from "../../lib/profiles/builtin";
import {
  builtinProfiles,
  exportProfile,
  exportProfiles,
  getProfile,
  importProfile,
  importProfiles,
  listProfiles,
  loadProfilesFromDir,
  parseProfile,
  ProfileError,
} from "../../lib/profiles/load-profiles";
import { roleProfileSchema, type RoleProfile } from "../../lib/profiles/schema";
import { loadTransitions } from "../../lib/profiles/transitions";

const DATA_DIR = path.join(__dirname, "../../lib/profiles/data");
const files = readdirSync(DATA_DIR).filter((f) => f.endsWith(".json"));

const TECHNICAL = [
  "ml-engineer",
  "software-engineer",
  "data-scientist",
  "data-engineer",
  "research-scientist",
  "statistician",
  "ai-research-scientist",
  "ml-platform-engineer",
  "startup-cto",
];
const LEADERSHIP = ["ml-engineering-manager", "data-science-director", "ai-product-manager"];

const keywordsOf = (p: RoleProfile) => p.keywordGroups.flatMap((g) => g.keywords);
const termsOf = (p: RoleProfile) => new Set(keywordsOf(p).map((k) => k.term));

describe("shipped profile files", () => {
  it("are the twelve roles of the guide, each listed in the static registry", () => {
    expect(files.map((f) => f.replace(/\.json$/, "")).sort()).toEqual([...TECHNICAL, ...LEADERSHIP].sort());
    expect(Object.keys(BUILTIN_PROFILE_DATA).sort()).toEqual(files.map((f) => f.replace(/\.json$/, "")).sort());
  });

  it.each(files)("%s validates against the schema, with slug/title/description on top", (file) => {
    const data = JSON.parse(readFileSync(path.join(DATA_DIR, file), "utf8"));
    const result = roleProfileSchema.safeParse(data);
    expect(result.success, result.success ? "" : JSON.stringify(result.error.issues, null, 2)).toBe(true);
    expect(data.slug).toBe(file.replace(/\.json$/, ""));
    expect(typeof data.title).toBe("string");
    expect(data.description.length).toBeGreaterThan(40);
  });

  it.each(TECHNICAL)("%s has at least 40 keywords with aliases or variants", (slug) => {
    const withAliases = keywordsOf(getProfile(slug)!).filter((k) => k.aliases.length + k.variants.length + k.guarded.length > 0);
    expect(withAliases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(LEADERSHIP)("%s has a solid list including leadership and product terms", (slug) => {
    const profile = getProfile(slug)!;
    expect(keywordsOf(profile).length).toBeGreaterThanOrEqual(30);
    const terms = termsOf(profile);
    expect(terms.has("Stakeholder Management") && terms.has("Cross-Functional Collaboration")).toBe(true);
  });

  it.each(files)("%s: every form has words, compiles, and no two keywords share a form after normalisation", (file) => {
    const profile = getProfile(file.replace(/\.json$/, ""))!;
    expect(() => compileProfile(profile)).not.toThrow();
    const owner = new Map<string, string>();
    for (const k of keywordsOf(profile)) {
      const forms = [k.term, ...k.aliases, ...k.variants, ...k.guarded.map((g) => g.form)];
      for (const form of forms) {
        const tokens = tokenize(form);
        expect(tokens.length, `"${form}" of ${k.term}`).toBeGreaterThan(0);
        // Case-insensitive stemmed identity: two keywords must never claim the same words.
        const key = tokens.map((t) => t.stem).join(" ");
        const previous = owner.get(key);
        expect(previous === undefined || previous === k.term, `"${form}" of ${k.term} also names ${previous}`).toBe(true);
        owner.set(key, k.term);
      }
    }
  });

  it("lists every role for the CLI", () => {
    expect(listProfiles().map((p) => p.slug)).toEqual([...files.map((f) => f.replace(/\.json$/, ""))].sort());
    expect(getProfile("ml-engineer")!.title).toBe("Machine Learning Engineer");
    expect(getProfile("no-such-role")).toBeUndefined();
    expect(builtinProfiles()[0]).toBe(builtinProfiles()[0]);
  });
});

describe("the ml-engineer profile follows the guide", () => {
  const profile = getProfile("ml-engineer")!;
  const terms = termsOf(profile);

  it("names the frameworks, MLOps tools, architectures and clouds the guide lists", () => {
    for (const term of [
      "PyTorch",
      "TensorFlow",
      "scikit-learn",
      "MLflow",
      "Kubeflow",
      "SageMaker",
      "Transformers",
      "Convolutional Neural Networks",
      "Recurrent Neural Networks",
      "Feature Engineering",
      "Data Pipelines",
      "AWS",
      "Google Cloud",
      "Azure",
      "Linear Algebra",
      "Probability",
      "Mathematical Optimization",
      "Python",
      "SQL",
      "System Design",
      "APIs",
      "Prompt Engineering",
      "Fine-Tuning",
      "Retrieval-Augmented Generation",
    ]) {
      expect(terms, term).toContain(term);
    }
    expect(keywordsOf(profile).length).toBeGreaterThanOrEqual(100);
  });

  it("has the five bridge certifications and GitHub/Kaggle signals", () => {
    expect(profile.certifications.map((c) => c.name)).toEqual([
      "AWS Machine Learning Specialty",
      "Google Professional Machine Learning Engineer",
      "TensorFlow Developer Certificate",
      "Deep Learning Specialization",
      "Stanford Machine Learning Certificate",
    ]);
    const signals = new Map(profile.portfolioSignals.map((s) => [s.kind, s]));
    expect(signals.get("github")!.importance).toBe("required");
    expect(signals.get("kaggle")).toBeDefined();
  });
});

describe("transitions", () => {
  const transitions = loadTransitions();
  const target = getProfile(transitions.target)!;

  it("has the guide's source roles with gaps and timelines", () => {
    const byFrom = new Map(transitions.into.map((t) => [t.from, t]));
    expect([...byFrom.keys()].sort()).toEqual([...target.sourceRoles].sort());
    expect(byFrom.get("software-engineer")!.timelineMonths).toEqual({ min: 4, max: 8 });
    expect(byFrom.get("data-scientist")!.timelineMonths).toEqual({ min: 3, max: 6 });
    expect(byFrom.get("data-engineer")!.timelineMonths).toEqual({ min: 4, max: 7 });
    expect(byFrom.get("research-scientist")!.timelineMonths).toEqual({ min: 3, max: 6 });
    expect(byFrom.get("statistician")!.timelineMonths).toEqual({ min: 4, max: 8 });
  });

  it("keeps profile source/destination lists in step with the transition file", () => {
    expect([...transitions.outOf.map((t) => t.to)].sort()).toEqual([...target.destinationRoles].sort());
    for (const t of transitions.into) expect(getProfile(t.from)!.destinationRoles).toContain(target.slug);
    for (const t of transitions.outOf) expect(getProfile(t.to)!.sourceRoles).toContain(target.slug);
  });

  it("points only at keywords that exist", () => {
    const targetTerms = termsOf(target);
    for (const t of transitions.into) for (const term of t.focus) expect(targetTerms, `${t.from}: ${term}`).toContain(term);
    for (const gap of transitions.keyGaps) for (const term of gap.terms) expect(targetTerms, gap.label).toContain(term);
    for (const t of transitions.outOf) {
      const destination = termsOf(getProfile(t.to)!);
      for (const term of t.focus) expect(destination, `${t.to}: ${term}`).toContain(term);
    }
    for (const skill of transitions.transferableSkills) {
      if (skill.topDestination.slug) expect(getProfile(skill.topDestination.slug), skill.skill).toBeDefined();
      for (const term of skill.terms) expect(targetTerms, skill.skill).toContain(term);
    }
    const signalKinds = new Set(target.portfolioSignals.map((s) => s.kind));
    for (const tip of transitions.positioning) for (const kind of tip.signals) expect(signalKinds).toContain(kind);
  });

  it("records destination salaries as ranges", () => {
    const manager = transitions.outOf.find((t) => t.to === "ml-engineering-manager")!;
    expect(manager.salaryUsd).toEqual({ min: 180000, max: 250000, openEnded: false });
    expect(transitions.outOf.find((t) => t.to === "startup-cto")!.salaryUsd!.openEnded).toBe(true);
  });
});

describe("load, export and import", () => {
  it("round-trips every profile through export and import unchanged", () => {
    for (const profile of builtinProfiles()) expect(importProfile(exportProfile(profile))).toEqual(profile);
    const all = builtinProfiles();
    expect(importProfiles(exportProfiles(all))).toEqual(all);
  });

  it("exports the data-file format: what is written is what is shipped, once defaults are applied", () => {
    const file = JSON.parse(readFileSync(path.join(DATA_DIR, "ml-engineer.json"), "utf8"));
    expect(JSON.parse(exportProfile(getProfile("ml-engineer")!))).toEqual(parseProfile(file));
  });

  it("loads a folder of profiles and refuses an invalid one with a path to the problem", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "profiles-"));
    try {
      writeFileSync(path.join(dir, "a.json"), exportProfile(getProfile("statistician")!));
      writeFileSync(path.join(dir, "b.json"), exportProfile(getProfile("data-engineer")!));
      expect(loadProfilesFromDir(dir).map((p) => p.slug)).toEqual(["data-engineer", "statistician"]);

      const broken = JSON.parse(exportProfile(getProfile("statistician")!));
      broken.keywordGroups[0].keywords[0].importance = "essential";
      writeFileSync(path.join(dir, "c.json"), JSON.stringify(broken));
      let error: unknown;
      try {
        loadProfilesFromDir(dir);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ProfileError);
      expect((error as ProfileError).message).toContain("c.json");
      expect((error as ProfileError).issues[0].path).toEqual(["keywordGroups", 0, "keywords", 0, "importance"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses bad JSON, bad slugs, duplicate forms and duplicate slugs", () => {
    expect(() => importProfile("{not json")).toThrow(/not valid JSON/);
    const base = JSON.parse(exportProfile(getProfile("statistician")!));
    expect(() => importProfile({ ...base, slug: "Not A Slug" })).toThrow(ProfileError);
    const clash = structuredClone(base);
    clash.keywordGroups[0].keywords[1].aliases.push(clash.keywordGroups[0].keywords[0].term.toUpperCase());
    expect(() => importProfile(clash)).toThrow(/already names/);
    expect(() => importProfiles([base, base])).toThrow(/appears twice/);
  });
});
