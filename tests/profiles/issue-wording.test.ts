import { describe, expect, it } from "vitest";
import { describeProfileIssue, nameProfilePath } from "../../lib/profiles/issue-wording";
import { builtinProfiles } from "../../lib/profiles/load-profiles";
import { roleProfileSchema } from "../../lib/profiles/schema";

/** Every issue of `input` as [path, message], the way the API and the editor word them. */
function wordedIssues(input: unknown): [string, string][] {
  const result = roleProfileSchema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => [issue.path.join("."), describeProfileIssue(issue, input)]);
}

function aProfile(): Record<string, unknown> {
  return structuredClone(builtinProfiles()[0]) as unknown as Record<string, unknown>;
}

describe("profile issues in words", () => {
  it("tells a missing field from one of the wrong type", () => {
    const { title: _title, ...missing } = aProfile();
    expect(wordedIssues(missing)).toEqual([["title", "This is required."]]);
    expect(wordedIssues({ ...aProfile(), title: 42 })).toEqual([["title", "Use text here, not a number."]]);
    expect(wordedIssues({ ...aProfile(), jobTitles: "Engineer" })).toEqual([["jobTitles", "Use a list here, not text."]]);
    const groups = aProfile().keywordGroups as { weight: unknown }[];
    groups[0].weight = "2";
    expect(wordedIssues({ ...aProfile(), keywordGroups: groups })).toEqual([["keywordGroups.0.weight", "Enter a number."]]);
  });

  it("words limits, patterns, choices and the schema's own checks", () => {
    const profile = aProfile();
    const groups = profile.keywordGroups as { category: string; weight: number; keywords: unknown[] }[];
    groups[0].weight = 11;
    groups[0].keywords = [];
    const issues = wordedIssues({ ...profile, slug: "Not A Slug", track: "sideways", keywordGroups: groups });
    expect(issues).toEqual(
      expect.arrayContaining([
        ["slug", "Use lower-case letters and digits, words joined by single hyphens (e.g. ml-frameworks)."],
        ["track", "Choose one of: technical, leadership."],
        ["keywordGroups.0.weight", "Use 10 or less."],
        ["keywordGroups.0.keywords", "Add at least 1."],
      ]),
    );
    const twice = aProfile();
    const twiceGroups = twice.keywordGroups as { category: string }[];
    twiceGroups[1].category = twiceGroups[0].category;
    expect(wordedIssues(twice)).toEqual([["keywordGroups.1.category", `Duplicate category "${twiceGroups[0].category}".`]]);
  });

  it("never falls back to zod's English defaults for the usual mistakes", () => {
    const profile = aProfile();
    const broken = { ...profile, title: "", description: null, keywordGroups: [{ category: "x", label: "", weight: -1, keywords: [{ term: "" }] }] };
    for (const [path, message] of wordedIssues(broken)) {
      expect(message, path).not.toMatch(/^(Invalid|Too (small|big))|expected|received/);
    }
  });
});

describe("naming the place of an issue", () => {
  const profile = builtinProfiles()[0];
  const group = profile.keywordGroups[1];

  it("names lists by position and by the item's own name", () => {
    expect(nameProfilePath("title", profile)).toBe("Title");
    expect(nameProfilePath("", profile)).toBe("The profile");
    expect(nameProfilePath("keywordGroups.1.keywords.0.aliases", profile)).toBe(`Keyword group 2 (${group.label}), keyword 1 (${group.keywords[0].term}), aliases`);
    expect(nameProfilePath("jobTitles.2", profile)).toBe("Job titles, item 3");
    expect(nameProfilePath("keywordGroups.7.label", profile)).toBe("Keyword group 8, label");
  });

  it("names the profile of an imported array", () => {
    expect(nameProfilePath("1.title", [profile, { ...profile, slug: "second" }], { several: true })).toBe("Profile 2 (second), title");
    expect(nameProfilePath("0", [profile], { several: true })).toBe(`Profile 1 (${profile.slug})`);
  });
});
