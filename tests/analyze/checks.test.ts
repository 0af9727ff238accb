import { describe, expect, it } from "vitest";
import {
  checkBullets,
  checkStatement,
  fillerPhrases,
  firstPersonWord,
  hasMeasurableResult,
  listedOnly,
  splitStatements,
  startsWithStrongVerb,
  weakOpener,
} from "../../lib/analyze/checks";
import { matchKeywords } from "../../lib/analyze/keywords";
import { getProfile } from "../../lib/profiles/load-profiles";
import { buildResume } from "./resume-builder";

describe("measurable results", () => {
  it.each([
    "Cut p99 latency 40% by caching embeddings",
    "Reduced cloud spend by $120K a year",
    "Served 2M requests a day",
    "Grew revenue 3x in two quarters",
    "Sped up training 2.5x with mixed precision",
    "Managed a team of 12 engineers",
    "Doubled test coverage",
    "Processed 1.2 billion events",
    "Ranked top 5 of 3,000 teams on Kaggle",
    "Saved 10 hours a week of manual work",
  ])("counts %j", (text) => expect(hasMeasurableResult(text)).toBe(true));

  it.each([
    "Built data pipelines in Python",
    "Worked on models in 2019 and 2020",
    "Migrated services to Python 3 and Windows 10",
    "Stored artefacts in S3 and ran jobs on EC2",
    "Improved the efficiency of model training",
    "Shipped the Q3 roadmap",
  ])("does not count %j", (text) => expect(hasMeasurableResult(text)).toBe(false));
});

describe("action verbs", () => {
  it.each(["Built a feature store", "Reduced churn 5%", "Led a team of 4", "Designed the API", "Automated releases", "Leading the ML platform"])(
    "%j opens with a strong verb",
    (text) => {
      expect(startsWithStrongVerb(text)).toBe(true);
      expect(weakOpener(text)).toBeNull();
    },
  );

  it.each([
    ["Responsible for model training", "Responsible for"],
    ["Helped the team ship features", "Helped"],
    ["Assisted in the migration", "Assisted"],
    ["Worked on recommendation models", "Worked"],
    ["Utilized TensorFlow for models", "Utilized"],
    ["Participated in code reviews", "Participated"],
    ["Was in charge of deployments", "Was"],
    ["Tasked with data cleaning", "Tasked with"],
  ])("%j opens weakly (%s)", (text, opener) => {
    expect(weakOpener(text)).toBe(opener);
    expect(startsWithStrongVerb(text)).toBe(false);
  });

  it("a noun opener is neither weak nor strong", () => {
    expect(weakOpener("Python scripts for reporting")).toBeNull();
    expect(startsWithStrongVerb("Python scripts for reporting")).toBe(false);
  });
});

describe("first person", () => {
  it.each([
    ["I built the ranking service", "I"],
    ["Built the service my team runs", "my"],
    ["Mentored juniors who reported to me", "me"],
    ["I'm leading the migration", "I'm"],
    ["Trained models myself", "myself"],
  ])("%j uses %s", (text, word) => expect(firstPersonWord(text)).toBe(word));

  it.each(["Optimised I/O throughput 3x", "Ran the Phase I trial analysis", "Built the service for the team", "Improved AI models", "Cut MTTR in half"])(
    "%j does not",
    (text) => expect(firstPersonWord(text)).toBeNull(),
  );
});

describe("filler", () => {
  it("finds clichés and vague words", () => {
    expect(fillerPhrases("Responsible for various tasks as a team player")).toEqual(["responsible for", "various", "team player"]);
    expect(fillerPhrases("Hard-working, detail-oriented self-starter")).toEqual(["hard-working", "detail-oriented", "self-starter"]);
    expect(fillerPhrases("Cleaned data, built features, etc.")).toEqual(["etc."]);
  });

  it("leaves specific bullets alone", () => {
    expect(fillerPhrases("Built a Spark job that deduplicated 40M records nightly")).toEqual([]);
    expect(fillerPhrases("Designed responsive dashboards for the sales team")).toEqual([]);
  });
});

describe("statements", () => {
  it("splits a paragraph bullet into its sentences, keeping fragments with their sentence", () => {
    expect(splitStatements("Led a team of engineers. Designed models for search. Cut costs 20% e.g. GPUs.")).toEqual([
      "Led a team of engineers.",
      "Designed models for search.",
      "Cut costs 20% e.g. GPUs.",
    ]);
    expect(splitStatements("Built the API. Done.")).toEqual(["Built the API. Done."]);
    expect(splitStatements("Improved accuracy from 0.81 to 0.93 on the U.S. dataset")).toHaveLength(1);
  });

  it("judges English statements only", () => {
    const german = checkStatement("Verantwortlich für die Entwicklung von Modellen", 0, { title: null, company: null });
    expect(german.judged).toBe(false);
    expect(german.weakOpener).toBeNull();
    const english = checkStatement("I was responsible for various models", 0, { title: "Engineer", company: "X" });
    expect(english).toMatchObject({ judged: true, measurable: false, strongVerb: false, weakOpener: "was", firstPerson: "I" });
    expect(english.filler).toEqual(["responsible for", "various"]);
  });

  it("checks every bullet of every entry and skips stray fragments", () => {
    const statements = checkBullets(buildResume({
      experience: [
        { title: "A", bullets: ["Built 3 services in Go.", "ok"] },
        { title: "B", bullets: ["Helped with reporting for the team."] },
      ],
    }).experience);
    expect(statements.map((s) => [s.entry, s.title, s.measurable, s.strongVerb])).toEqual([
      [0, "A", true, true],
      [1, "B", false, false],
    ]);
  });
});

describe("listed but not shown", () => {
  it("returns skills named only in a list, required first", () => {
    const r = buildResume({
      experience: [{ title: "Engineer", bullets: ["Trained PyTorch models for search ranking."] }],
      skills: ["PyTorch", "LightGBM", "Docker", "Probability"],
    });
    const listed = listedOnly(matchKeywords(r.text, r.sections, getProfile("ml-engineer")!)).map((k) => k.term);
    expect(listed).toEqual(["Docker", "Probability", "LightGBM"]);
  });
});
