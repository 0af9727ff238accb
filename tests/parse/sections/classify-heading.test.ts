import { describe, expect, it } from "vitest";
import { classifyHeading } from "../../../lib/parse/sections/classify-heading";

const kind = (t: string) => classifyHeading(t)?.kind ?? null;
const match = (t: string) => classifyHeading(t)?.match ?? null;

describe("classifyHeading", () => {
  it.each([
    ["Work Experience", "experience"],
    ["PROFESSIONAL EXPERIENCE", "experience"],
    ["Research Experience", "experience"],
    ["Employment History", "experience"],
    ["Objective", "summary"],
    ["About Me", "summary"],
    ["Profile", "summary"],
    ["Technical Skills", "skills"],
    ["Tech Stack", "skills"],
    ["Tools", "skills"],
    ["Programming Languages", "skills"],
    ["Languages", "languages"],
    ["Leadership Experience", "activities"],
    ["Extracurricular Activities", "activities"],
    ["Volunteer Experience", "volunteering"],
    ["Awards & Scholarships", "awards"],
    ["Honors and Awards", "awards"],
    ["Relevant Coursework", "courses"],
    ["Contact", "personal"],
    ["Personal Information", "personal"],
    ["Profiles", "personal"],
    ["Certifications", "certifications"],
    ["Publications", "publications"],
    ["References", "references"],
    ["Hobbies", "interests"],
  ])("English: %s → %s", (text, want) => expect(kind(text)).toBe(want));

  it.each([
    ["Berufserfahrung", "experience"],
    ["Beruflicher Werdegang", "experience"],
    ["Ausbildung", "education"],
    ["Sprachkenntnisse", "languages"],
    ["Kenntnisse", "skills"],
    ["Persönliche Daten", "personal"],
    ["Expérience professionnelle", "experience"],
    ["Formation", "education"],
    ["Compétences", "skills"],
    ["Centres d'intérêt", "interests"],
    ["Experiencia laboral", "experience"],
    ["Educación", "education"],
    ["Habilidades", "skills"],
    ["Idiomas", "languages"],
    ["工作经历", "experience"],
    ["教育背景", "education"],
    ["专业技能", "skills"],
    ["实习/项目经历", "experience"],
    ["学歴", "education"],
    ["職務経歴", "experience"],
    ["【資格・特技】", "certifications"],
    ["自己PR", "summary"],
    ["Опыт работы", "experience"],
    ["Образование", "education"],
    ["Ключевые навыки", "skills"],
    ["Doświadczenie zawodowe", "experience"],
    ["Umiejętności", "skills"],
    ["Werkervaring", "experience"],
    ["Opleiding", "education"],
  ])("other languages: %s → %s", (text, want) => expect(kind(text)).toBe(want));

  it("tells standard headings from non-standard ones", () => {
    expect(match("Experience")).toBe("exact");
    expect(match("Other Work Experience")).toBe("exact");
    expect(match("My toolbox")).toBe("hint");
    expect(kind("My toolbox")).toBe("skills");
    expect(match("What I bring")).toBe("hint");
    expect(match("Where I've made impact")).toBe("hint");
    expect(kind("Where I've made impact")).toBe("experience");
    expect(classifyHeading("Lorem ipsum dolor")).toBeNull();
  });

  it("reports how much of a longer line a known phrase covers", () => {
    expect(classifyHeading("Senior Software Engineer")!.coverage).toBeLessThan(0.5);
    expect(classifyHeading("Skills & Interests")!.coverage).toBe(1);
  });
});
