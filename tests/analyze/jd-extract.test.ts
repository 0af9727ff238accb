import { describe, expect, it } from "vitest";
import { analyzeJobDescription, extractTitle } from "../../lib/analyze/jd";
import { builtinProfiles } from "../../lib/profiles/load-profiles";

const profiles = builtinProfiles();
const noResume = { text: "", sections: [] };
const analyze = (jd: string) => analyzeJobDescription(jd, noResume, { profiles });

describe("job title", () => {
  it.each([
    ["Job Title: Sr. Data Engineer\nLocation: Toronto", "Senior Data Engineer"],
    ["Position: Staff Data Scientist\n\nWe build maps.", "Staff Data Scientist"],
    ["Senior Machine Learning Engineer – Ranking & Inference (Remote, EU)\n\nAbout us", "Senior Machine Learning Engineer"],
    ["## ML Platform Engineer\n\nAbout the team\nWe run the GPUs.", "ML Platform Engineer"],
    ["SENIOR DATA ANALYST | Remote\n\nWhat you'll do", "Senior Data Analyst"],
    ["Product Manager, AI (m/f/d)\nBerlin", "Product Manager, AI"],
    ["Jr. Data Scientist @ Acme\n", "Junior Data Scientist"],
  ])("heading or label: %j", (jd, title) => {
    expect(extractTitle(jd, profiles)).toBe(title);
  });

  it.each([
    ["Acme Analytics\nWe are hiring a Senior ML Engineer to build our ranking stack.", "Senior ML Engineer"],
    ["Acme Analytics\nWe're looking for an experienced Machine Learning Engineer who loves shipping.", "Machine Learning Engineer"],
    ["Acme Analytics\nWe are seeking a data engineer to join our platform group.", "data engineer"],
    ["Hello!\nJoin us as a Data Engineer on the platform team.", "Data Engineer"],
  ])("hiring sentence: %j", (jd, title) => {
    expect(extractTitle(jd, profiles)).toBe(title);
  });

  it("is null when nothing names a role", () => {
    expect(extractTitle("About Acme\nAcme builds tools for bakeries. We like bread.", profiles)).toBeNull();
    expect(extractTitle("Role: You will lead the data platform work across the company.", profiles)).toBeNull();
  });
});

describe("years of experience", () => {
  it.each([
    ["Requirements\n- 5+ years of experience with Python", 5],
    ["You have at least 3 years of experience in data engineering.", 3],
    ["3-5 years of experience building ML systems", 3],
    ["A minimum of five (5) years of relevant experience.", 5],
    ["- 4 years' experience with SQL", 4],
    ["7 yrs of industry experience", 7],
    ["5+ years of software engineering, including 2+ years of ML in production", 5],
  ])("%j → %d", (jd, years) => {
    expect(analyze(jd).yearsRequired).toBe(years);
  });

  it("prefers the required figure over a preferred one", () => {
    expect(analyze("Requirements\n- 3+ years with Python\n\nNice to have\n- 7+ years in fintech").yearsRequired).toBe(3);
    expect(analyze("Experience: 7+ years preferred.").yearsRequired).toBe(7);
  });

  it("ignores years that are not experience", () => {
    expect(analyze("Acme was founded 10 years ago and has grown every year.").yearsRequired).toBeNull();
    expect(analyze("This is a 2 year contract with a possible extension.").yearsRequired).toBeNull();
    expect(analyze("About us\nWith 20+ years in business, Acme is trusted by banks.").yearsRequired).toBeNull();
  });
});

describe("degree", () => {
  it("takes the lowest level accepted in a required context", () => {
    const bsms = analyze("Requirements\n- BS/MS in Computer Science or a related field").degree;
    expect(bsms).toMatchObject({ level: "bachelor", importance: "required" });
    expect(bsms.text).toBe("BS/MS in Computer Science or a related field");
    expect(analyze("MS or PhD in Statistics required.").degree.level).toBe("master");
    expect(analyze("Requirements\n- Master's degree in a quantitative field").degree.level).toBe("master");
    const mixed = analyze("Requirements\n- BS in Computer Science\n\nNice to have\n- PhD in machine learning").degree;
    expect(mixed).toMatchObject({ level: "bachelor", importance: "required" });
  });

  it("reports a degree that is only preferred as preferred", () => {
    expect(analyze("Strong Python skills. PhD preferred.").degree).toMatchObject({ level: "phd", importance: "preferred" });
    expect(analyze("A bachelor's degree is preferred but not required.").degree).toMatchObject({
      level: "bachelor",
      importance: "preferred",
    });
  });

  it("notes when equivalent experience is accepted", () => {
    const d = analyze("Bachelor's degree or equivalent experience.").degree;
    expect(d).toMatchObject({ level: "bachelor", equivalentAccepted: true });
    expect(analyze("BS in Computer Science.").degree.equivalentAccepted).toBe(false);
  });

  it("reports a degree named without a level as any", () => {
    expect(analyze("A degree in a quantitative discipline such as physics.").degree.level).toBe("any");
  });

  it("does not take products or benefits for degrees", () => {
    expect(analyze("Proficiency with MS Office and Excel.").degree.level).toBeNull();
    expect(analyze("Benefits\n- Tuition support towards a master's degree").degree.level).toBeNull();
    expect(analyze("You will master new tools quickly.").degree.level).toBeNull();
  });
});
