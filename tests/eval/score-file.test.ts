import { describe, expect, it } from "vitest";
import { labelSchema, type Label } from "../../scripts/eval/labels";
import { summaryLine } from "../../scripts/eval/print-figures";
import { scoreFile } from "../../scripts/eval/score-file";
import { summarize, type FileResult } from "../../scripts/eval/summarize";
import type { Report } from "../../lib/report/schema";

function label(over: Partial<Label> = {}): Label {
  return labelSchema.parse({
    file: "pdf/jane.pdf",
    format: "pdf",
    pages: 1,
    text_layer: true,
    columns: 1,
    name: "Jane Q. Doe",
    emails: ["jane@example.com"],
    phones: ["+1 (555) 123-4567"],
    location: "San Francisco, CA",
    links: [{ kind: "github", url: "github.com/janedoe" }],
    sections: [
      { kind: "experience", heading: "Work History" },
      { kind: "skills", heading: "Technical Skills" },
      { kind: "other", heading: "Odds & Ends" },
    ],
    experience: [
      { title: "Senior ML Engineer", company: "Acme", start: "2020-01", end: "present" },
      { title: "Data Analyst", company: "Beta Corp", start: "2017", end: "2019" },
    ],
    education: [{ degree: "B.S. Computer Science", school: "Stanford University", end: "2015" }],
    hard_skills: ["Python", "PyTorch"],
    ml_engineer_fit: 3,
    ats_issues: ["multi_column", "icon_glyphs"],
    ...over,
  });
}

function report(over: Partial<Report> = {}): Report {
  const section = (kind: Report["sections"][number]["kind"], heading: string) =>
    ({ kind, heading, start: 0, end: 0, detectedBy: "heading" }) as const;
  const warning = (code: Report["ats"]["warnings"][number]["code"]) =>
    ({ code, severity: "medium", message: "", evidence: "", page: 1, count: 1 }) as const;
  return {
    version: 1,
    file: { name: "jane.pdf", format: "pdf", bytes: 1, pages: 1 },
    ats: { text: "", streamText: "", warnings: [warning("multi_column"), warning("icon_glyphs")] },
    contact: {
      name: "JANE Q. DOE",
      emails: ["Jane@Example.com"],
      phones: ["555 123 4567"],
      location: "San Francisco, California",
      links: [{ kind: "github", url: "https://github.com/janedoe/" }],
    },
    sections: [section("experience", "WORK HISTORY"), section("skills", "Technical Skills:"), section("other", "Odds & Ends")],
    experience: [
      { title: "Senior ML Engineer", company: "Acme Inc.", location: null, start: "2020-01", end: "present", bullets: [] },
      { title: "Analyst", company: "Beta Corp", location: null, start: "2017-03", end: "2019", bullets: [] },
    ],
    education: [{ degree: "BSc", school: "Stanford University", start: null, end: "2015" }],
    skills: ["python", "PyTorch", "Docker"],
    match: { profile: "ml-engineer", algorithm: "score-v1", score: 80, breakdown: [], keywords: [], transition: null },
    suggestions: [],
    ...over,
  };
}

describe("scoreFile", () => {
  it("finds every labelled field of a right report, with eval.py's normalisation", () => {
    const s = scoreFile(label(), report());
    expect(s.misses).toEqual([]);
    for (const t of Object.values(s.contact)) expect(t.hit).toBe(t.total);
    expect(s.nameEmailPhoneRight).toBe(true);
    expect(s.sectionKinds).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(s.headings).toEqual({ hit: 3, total: 3 });
    expect(s.experience).toEqual({ labelled: true, countExact: true, entries: { hit: 2, total: 2 }, startYearRight: 2 });
    expect(s.education).toEqual({ hit: 1, total: 1 });
    expect(s.skills).toEqual({ hit: 2, total: 2 });
    expect(s.fit).toEqual({ human: 3, score: 80 });
  });

  it("scores a crash as an empty report: everything labelled is missed", () => {
    const s = scoreFile(label(), null);
    expect(s.contact.name).toEqual({ hit: 0, total: 1 });
    expect(s.contact.link).toEqual({ hit: 0, total: 1 });
    expect(s.sectionKinds).toEqual({ tp: 0, fp: 0, fn: 2 });
    expect(s.experience.countExact).toBe(false);
    expect(s.warnings.got).toEqual([]);
    expect(s.fit).toBeNull();
    expect(s.nameEmailPhoneRight).toBe(false);
    expect(s.misses.some((m) => m.startsWith("name: want \"Jane Q. Doe\" got null"))).toBe(true);
  });

  it("scores only warnings on an image-only document", () => {
    const s = scoreFile(label({ text_layer: false, ats_issues: ["no_text_layer"] }), null);
    expect(s.contact.name.total).toBe(0);
    expect(s.headings.total).toBe(0);
    expect(s.experience.labelled).toBe(false);
    expect(s.nameEmailPhoneRight).toBeNull();
    expect(s.warnings).toEqual({ wanted: ["no_text_layer"], got: [] });
  });

  it("counts an invented phone against the strict contact count but not against phone accuracy", () => {
    const s = scoreFile(label({ phones: [] }), report());
    expect(s.contact.phone.total).toBe(0);
    expect(s.nameEmailPhoneRight).toBe(false);
    expect(s.misses).toContain('phone: want none got ["555 123 4567"]');
  });

  it("matches experience by title or company and checks only the start year", () => {
    const r = report({
      experience: [
        { title: "Engineer", company: "ACME", location: null, start: "2021", end: null, bullets: [] },
        { title: "Unrelated", company: "Elsewhere", location: null, start: "2017", end: null, bullets: [] },
        { title: "Extra", company: null, location: null, start: null, end: null, bullets: [] },
      ],
    });
    const s = scoreFile(label(), r);
    expect(s.experience.countExact).toBe(false);
    expect(s.experience.entries).toEqual({ hit: 1, total: 2 });
    expect(s.experience.startYearRight).toBe(0);
    expect(s.misses).toContain(
      'experience start: want "2020-01" got "2021" for "Senior ML Engineer @ Acme" (matched "Engineer @ ACME")',
    );
  });

  it("reports section kinds missed and invented, ignoring other", () => {
    const r = report({
      sections: [
        { kind: "experience", heading: "Experience", start: 0, end: 0, detectedBy: "heading" },
        { kind: "projects", heading: "Projects", start: 0, end: 0, detectedBy: "heading" },
        { kind: "other", heading: "Misc", start: 0, end: 0, detectedBy: "heading" },
      ],
    });
    const s = scoreFile(label(), r);
    expect(s.sectionKinds).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(s.headings).toEqual({ hit: 0, total: 3 });
  });
});

describe("summarize", () => {
  const result = (l: Label, r: Report | null): FileResult => ({
    label: l,
    report: r,
    error: r ? null : { code: "internal", message: "boom" },
    ms: r ? 10 : 30,
    schemaIssue: null,
    score: scoreFile(l, r),
  });

  it("adds files up into eval.py's figures and our extra counts", () => {
    const results = [
      result(label({ columns: 2 }), report()),
      result(label({ file: "pdf/scan.pdf", text_layer: false, ats_issues: ["no_text_layer"] }), null),
    ];
    const f = summarize(results, []);
    expect(f.files).toBe(2);
    expect(f.crashes).toBe(1);
    expect(f.name_acc).toBe(1);
    expect(f.section_f1).toBe(1);
    expect(f.warn_multi_column_f1).toBe(1);
    expect(f.warn_no_text_layer_f1).toBe(0);
    expect(f.warn_macro_f1).toBeCloseTo(2 / 3, 12);
    expect(f.fit_spearman).toBeNull();
    expect(f.extra.nameEmailPhoneRight).toEqual({ hit: 1, total: 1 });
    expect(f.extra.multiColumnFlagged).toEqual({ hit: 1, total: 1 });
    expect(f.extra.noTextLayerFlagged).toEqual({ hit: 0, total: 1 });
    expect(f.extra.time).toEqual({ medianMs: 30, maxMs: 30 });
    expect(f.extra.crashes).toEqual([{ file: "pdf/scan.pdf", code: "internal", message: "boom" }]);
    expect(summaryLine(f)).toBe(
      "SUMMARY files=2 crashes=1 contact=1.000 sectionF1=1.000 expRecall=1.000 warnF1=0.667 fitRho=n/a",
    );
  });

  it("correlates match scores with the human fit once 3 files are scored", () => {
    const results = [1, 2, 3].map((fit) =>
      result(label({ ml_engineer_fit: fit }), report({ match: { profile: "ml-engineer", algorithm: "score-v1", score: fit * 10, breakdown: [], keywords: [], transition: null } })),
    );
    expect(summarize(results, []).fit_spearman).toBeCloseTo(1, 12);
  });
});
