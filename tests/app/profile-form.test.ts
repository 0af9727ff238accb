import { describe, expect, it } from "vitest";
import {
  emptyProfileForm,
  fieldId,
  formToProfileInput,
  issuesByField,
  placeIssue,
  profileToForm,
  validateProfileForm,
} from "../../app/components/admin/profile-form";
import { builtinProfiles } from "../../lib/profiles/load-profiles";
import { roleProfileSchema, type RoleProfile } from "../../lib/profiles/schema";

function sampleProfile(): RoleProfile {
  return roleProfileSchema.parse({
    slug: "test-role",
    title: "Test role",
    description: "A role for tests.",
    jobTitles: ["Manager, Testing", "Tester"],
    track: "technical",
    keywordGroups: [
      {
        category: "languages",
        label: "Languages",
        weight: 2.5,
        keywords: [
          { term: "Go", aliases: ["Golang"], guarded: [{ form: "Go", context: "language" }, { form: "GO" }], importance: "required", stem: false },
          { term: "Rust", negatives: ["rust belt"], importance: "preferred", weight: 4 },
        ],
      },
    ],
    certifications: [{ name: "CKA", issuer: "CNCF", aliases: ["Kubernetes Administrator, Certified"], importance: "preferred", why: "Shows ops." }],
    portfolioSignals: [
      { kind: "github", label: "GitHub", importance: "preferred", terms: ["github.com"], sectionKinds: ["projects"], linkKinds: ["github"], why: "Code." },
    ],
    sections: [{ kind: "experience", importance: "required" }],
    sourceRoles: ["software-engineer"],
    destinationRoles: [],
  });
}

describe("profile form ↔ profile JSON", () => {
  it("round-trips every shipped profile without loss", () => {
    for (const profile of builtinProfiles()) {
      const back = roleProfileSchema.parse(formToProfileInput(profileToForm(profile)));
      expect(back, profile.slug).toEqual(profile);
    }
  });

  it("round-trips guarded forms with and without a context, weights, stem and commas in titles", () => {
    const profile = sampleProfile();
    const form = profileToForm(profile);
    expect(form.keywordGroups[0].keywords[0].guarded).toBe("Go (language), GO");
    expect(form.keywordGroups[0].weight).toBe("2.5");
    expect(form.keywordGroups[0].keywords[1].weight).toBe("4");
    expect(form.keywordGroups[0].keywords[0].weight).toBe("");
    expect(form.jobTitles).toBe("Manager, Testing\nTester");
    const result = validateProfileForm(form);
    expect(result.ok && result.profile).toEqual(profile);
  });

  it("leaves a blank keyword weight out (the group weight applies) and passes typed numbers through", () => {
    const form = profileToForm(sampleProfile());
    form.keywordGroups[0].keywords[1].weight = " ";
    form.keywordGroups[0].weight = "3";
    const input = formToProfileInput(form);
    expect(input.keywordGroups[0].keywords[1]).not.toHaveProperty("weight");
    expect(input.keywordGroups[0].weight).toBe(3);
  });

  it("reads JSON that is not quite a profile into an editable form", () => {
    const form = profileToForm({ slug: "x", keywordGroups: "nope" } as never);
    expect(form.slug).toBe("x");
    expect(form.keywordGroups).toEqual([]);
    expect(form.track).toBe("technical");
  });
});

describe("validation messages", () => {
  it("reports each empty required field of a new profile at its own path, in plain words", () => {
    const result = validateProfileForm(emptyProfileForm());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byField = issuesByField(result.issues);
    expect(byField.get("slug")?.[0]).toMatch(/lower-case letters/);
    expect(byField.get("title")).toEqual(["This is required."]);
    expect(byField.get("jobTitles")).toEqual(["Add at least 1."]);
    expect(byField.get("keywordGroups.0.category")?.[0]).toMatch(/lower-case/);
    expect(byField.get("keywordGroups.0.keywords.0.term")).toEqual(["This is required."]);
  });

  it("says a weight must be a number, and in range", () => {
    const form = profileToForm(sampleProfile());
    form.keywordGroups[0].weight = "heavy";
    form.keywordGroups[0].keywords[0].weight = "11";
    const result = validateProfileForm(form);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byField = issuesByField(result.issues);
    expect(byField.get("keywordGroups.0.weight")).toEqual(["Enter a number."]);
    expect(byField.get("keywordGroups.0.keywords.0.weight")).toEqual(["Use 10 or less."]);
  });

  it("puts a bad list item on the list's field with its position, and a duplicate form on the keyword row", () => {
    const form = profileToForm(sampleProfile());
    form.portfolioSignals[0].sectionKinds = "projects, hobbies";
    const listResult = validateProfileForm(form);
    expect(listResult.ok).toBe(false);
    if (listResult.ok) return;
    expect(issuesByField(listResult.issues).get("portfolioSignals.0.sectionKinds")?.[0]).toMatch(/^Item 2: Choose one of: summary, experience/);

    // The schema's cross-field checks run once every field is well-formed.
    form.portfolioSignals[0].sectionKinds = "projects";
    form.keywordGroups[0].keywords[1].aliases = "Golang";
    const duplicate = validateProfileForm(form);
    expect(duplicate.ok).toBe(false);
    if (duplicate.ok) return;
    expect(issuesByField(duplicate.issues).get("keywordGroups.0.keywords.1")?.[0]).toMatch(/already names "Go"/);
  });

  it("places server issues (dotted string paths) the same way", () => {
    expect(placeIssue({ path: "keywordGroups.2.keywords.0.guarded.1.form", message: "m" })).toEqual({
      field: "keywordGroups.2.keywords.0.guarded",
      message: "Item 2: m",
    });
    expect(placeIssue({ path: "slug", message: "taken" })).toEqual({ field: "slug", message: "taken" });
    expect(fieldId("keywordGroups.2.label")).toBe("pf-keywordGroups-2-label");
  });
});
