import { describe, expect, it } from "vitest";
import { compareReports } from "../../lib/report/compare-reports";
import { REPORT_VERSION, type Match, type Report, type Warning } from "../../lib/report/schema";

function warning(code: Warning["code"], severity: Warning["severity"] = "medium"): Warning {
  return { code, severity, message: `message of ${code}`, evidence: "", page: null, count: 1 };
}

function keyword(term: string, found: boolean, category = "core"): Match["keywords"][number] {
  return { term, category, found, count: found ? 1 : 0, sections: found ? ["skills"] : [], importance: "required" };
}

function report(match: Partial<Match> | null, warnings: Warning[] = []): Report {
  return {
    version: REPORT_VERSION,
    file: { name: "cv.pdf", format: "pdf", bytes: 1000, pages: 1 },
    ats: { text: "", streamText: "", warnings },
    contact: { name: null, emails: [], phones: [], location: null, links: [] },
    sections: [],
    experience: [],
    education: [],
    skills: [],
    match: match && { profile: "ml-engineer", algorithm: "score-v1", score: 0, breakdown: [], keywords: [], transition: null, ...match },
    suggestions: [],
  };
}

describe("compareReports", () => {
  it("gives the score change and the change of every factor, in the later report's order", () => {
    const before = report({
      score: 61.4,
      breakdown: [
        { factor: "keywords", points: 40.2, max: 60, why: "" },
        { factor: "readability", points: 6.8, max: 10, why: "" },
      ],
    });
    const after = report({
      score: 70.1,
      breakdown: [
        { factor: "readability", points: 7.1, max: 10, why: "" },
        { factor: "keywords", points: 45, max: 60, why: "" },
        { factor: "impact", points: 5, max: 10, why: "" },
      ],
    });
    const result = compareReports(before, after);
    expect(result.comparable).toBe(true);
    expect(result.score).toEqual({ before: 61.4, after: 70.1, change: 8.7 });
    expect(result.factors).toEqual([
      { factor: "readability", before: 6.8, after: 7.1, max: 10, change: 0.3 },
      { factor: "keywords", before: 40.2, after: 45, max: 60, change: 4.8 },
      { factor: "impact", before: null, after: 5, max: 10, change: null },
    ]);
  });

  it("lists the keywords gained, lost and still missing, matching terms whatever their case", () => {
    const before = report({ keywords: [keyword("PyTorch", true), keyword("Docker", true), keyword("Kubernetes", false), keyword("SQL", false)] });
    const after = report({ keywords: [keyword("pytorch", true), keyword("Docker", false), keyword("Kubernetes", true), keyword("SQL", false)] });
    const { keywords } = compareReports(before, after);
    expect(keywords.gained.map((k) => k.term)).toEqual(["Kubernetes"]);
    expect(keywords.lost.map((k) => k.term)).toEqual(["Docker"]);
    expect(keywords.stillMissing).toEqual([{ term: "SQL", category: "core", importance: "required" }]);
    expect(keywords.kept).toBe(1);
  });

  it("carries the profile's label of each keyword's category when a report recorded it", () => {
    const before = report({ keywords: [keyword("Docker", true, "mlops")] });
    const after = report({ keywords: [keyword("Docker", false, "mlops")], categories: [{ category: "mlops", label: "MLOps and deployment" }] });
    expect(compareReports(before, after).keywords.lost).toEqual([{ term: "Docker", category: "mlops", categoryLabel: "MLOps and deployment", importance: "required" }]);
  });

  it("names the warnings fixed and the ones introduced, once per code", () => {
    const before = report(null, [warning("multi_column", "high"), warning("tables"), warning("tables")]);
    const after = report(null, [warning("tables"), warning("images", "low")]);
    const { warnings } = compareReports(before, after);
    expect(warnings.resolved).toEqual([{ code: "multi_column", severity: "high", message: "message of multi_column" }]);
    expect(warnings.introduced).toEqual([{ code: "images", severity: "low", message: "message of images" }]);
  });

  it("says when two reports are not scored alike, and copes with a report without a match", () => {
    expect(compareReports(report({ profile: "ml-engineer" }), report({ profile: "data-engineer" })).comparable).toBe(false);
    expect(compareReports(report({ algorithm: "score-v1" }), report({ algorithm: "score-v2" })).comparable).toBe(false);
    const result = compareReports(report(null), report({ score: 50, keywords: [keyword("SQL", true)] }));
    expect(result.comparable).toBe(false);
    expect(result.score).toEqual({ before: null, after: 50, change: null });
    expect(result.keywords.gained.map((k) => k.term)).toEqual(["SQL"]);
    expect(result.profile).toEqual({ before: null, after: "ml-engineer" });
  });
});
