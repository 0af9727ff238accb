import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  analyzeJobDescription,
  IMPORTANCE_WEIGHT,
  matchRate,
  MAX_PHRASE_TERMS,
  PHRASE_WEIGHT,
  toJdMatch,
  type JdAnalysis,
  type JdResume,
} from "../../lib/analyze/jd";
import { builtinProfiles, getProfile } from "../../lib/profiles/load-profiles";
import { matchSchema } from "../../lib/report/schema";

const profiles = builtinProfiles();
const ml = getProfile("ml-engineer")!;
const noResume: JdResume = { text: "", sections: [] };
const fixture = (name: string) => readFileSync(path.join(__dirname, "../fixtures/jd", `${name}.txt`), "utf8");

function analyze(jd: string, resume: JdResume = noResume): JdAnalysis {
  return analyzeJobDescription(jd, resume, { profiles, focus: ml });
}

function importanceOf(a: JdAnalysis, term: string): string | undefined {
  return a.keywords.find((k) => k.term === term)?.importance;
}

function terms(a: JdAnalysis, source?: "profile" | "phrase"): string[] {
  return a.keywords.filter((k) => !source || k.source === source).map((k) => k.term);
}

describe("required or preferred", () => {
  it("follows the part of the ad a term is listed in", () => {
    const a = analyze("Requirements\n- Python\n- SQL\n\nNice to have\n- Rust\n- Terraform\n");
    expect(importanceOf(a, "Python")).toBe("required");
    expect(importanceOf(a, "SQL")).toBe("required");
    expect(importanceOf(a, "Rust")).toBe("preferred");
    expect(importanceOf(a, "Terraform")).toBe("preferred");
  });

  it("recognises headings written in different styles", () => {
    const a = analyze("## What you'll need\n* Python\n\n**Bonus points**\n* Kafka\n\nPREFERRED QUALIFICATIONS:\n* Airflow\n\nMinimum Qualifications\n* Docker");
    expect(importanceOf(a, "Python")).toBe("required");
    expect(importanceOf(a, "Kafka")).toBe("preferred");
    expect(importanceOf(a, "Airflow")).toBe("preferred");
    expect(importanceOf(a, "Docker")).toBe("required");
  });

  it("lets a cue in the bullet override its section", () => {
    const a = analyze("Requirements\n- Docker and Kubernetes (preferred)\n- Python\n- Familiarity with Airflow\n- Experience with Spark or Flink is a plus");
    expect(importanceOf(a, "Python")).toBe("required");
    expect(importanceOf(a, "Kubernetes")).toBe("preferred");
    expect(importanceOf(a, "Docker")).toBe("preferred");
    expect(importanceOf(a, "Airflow")).toBe("preferred");
    expect(importanceOf(a, "Spark")).toBe("preferred");
    expect(importanceOf(a, "Stream Processing")).toBe("preferred"); // Flink
  });

  it("scopes a trailing cue to its own list, not a statement before it", () => {
    const a = analyze("Strong Python skills, Scala a plus. Python and SQL required; Go or Rust is nice to have.");
    expect(importanceOf(a, "Python")).toBe("required");
    expect(importanceOf(a, "Scala")).toBe("preferred");
    expect(importanceOf(a, "SQL")).toBe("required");
    expect(importanceOf(a, "Go")).toBe("preferred");
    expect(importanceOf(a, "Rust")).toBe("preferred");
  });

  it("applies a leading label to the rest of its line", () => {
    const a = analyze("Must have: MLflow, Docker. Nice to have: LangChain, Kafka.");
    expect(importanceOf(a, "MLflow")).toBe("required");
    expect(importanceOf(a, "Docker")).toBe("required");
    expect(importanceOf(a, "LangChain")).toBe("preferred");
    expect(importanceOf(a, "Kafka")).toBe("preferred");
  });

  it("defaults to required when the ad has no cue at all", () => {
    const a = analyze("You will build data pipelines in Python and Spark and deploy them on Kubernetes.");
    expect(a.keywords.length).toBeGreaterThanOrEqual(3);
    expect(a.keywords.every((k) => k.importance === "required")).toBe(true);
  });

  it("counts a term asked for anywhere as required", () => {
    const a = analyze("Requirements\n- Python\n\nNice to have\n- Python type hints and Rust");
    expect(importanceOf(a, "Python")).toBe("required");
    expect(a.keywords.find((k) => k.term === "Python")?.mentions).toBe(2);
  });

  it("ends a part at a line that introduces a list, whatever its wording or decoration", () => {
    const a = analyze("🚀 About us\nAcme builds forklifts and runs on AWS.\n\n🎯 In your first 90 days\n• Ship detection models with ONNX\n");
    expect(terms(a)).toContain("ONNX");
    expect(terms(a)).not.toContain("AWS");
  });

  it("ignores the company blurb, benefits and equal-opportunity text", () => {
    const a = analyze(
      "About us\nAcme runs on AWS and just closed its Series B.\n\nRequirements\n- Python\n\nBenefits\n- Budget for Kubernetes conferences\n\nAcme is an equal opportunity employer; we are hiring across all teams.",
    );
    expect(terms(a)).toEqual(["Python"]);
  });
});

describe("terms the profiles know", () => {
  it("maps aliases to the canonical term, k8s included", () => {
    const a = analyze("Requirements\n- Experience running services on k8s (GKE or EKS)\n- Deep knowledge of sklearn");
    const k8s = a.keywords.find((k) => k.term === "Kubernetes");
    expect(k8s).toMatchObject({ source: "profile", category: "mlops", mentions: 3 });
    expect(terms(a)).toContain("scikit-learn");
    expect(terms(a)).not.toContain("k8s");
  });

  it("takes the category from the focus profile where profiles overlap", () => {
    const jd = "Requirements\n- Python and SQL";
    const de = getProfile("data-engineer")!;
    const a = analyzeJobDescription(jd, noResume, { profiles, focus: de });
    const dePython = de.keywordGroups.find((g) => g.keywords.some((k) => k.term === "Python"))!.category;
    expect(a.keywords.find((k) => k.term === "Python")?.category).toBe(dePython);
  });

  it("does not take ambiguous words for technologies", () => {
    const a = analyze("We go the extra mile for customers. Ready to go live? Send your CV today.");
    expect(terms(a)).not.toContain("Go");
  });

  it("matches the resume with the keyword matcher: aliases, sections, counts", () => {
    const resumeText = "Skills\nPython, Kubernetes, PyTorch\n\nExperience\n- Deployed PyTorch models on k8s with Helm\n";
    const resume: JdResume = {
      text: resumeText,
      sections: [
        { kind: "skills", start: 0, end: resumeText.indexOf("Experience") },
        { kind: "experience", start: resumeText.indexOf("Experience"), end: resumeText.length },
      ],
    };
    const a = analyze("Requirements\n- Kubernetes\n- PyTorch\n- Terraform", resume);
    expect(a.keywords.find((k) => k.term === "Kubernetes")).toMatchObject({ found: true, count: 2, sections: ["skills", "experience"], evidence: "demonstrated" });
    expect(a.keywords.find((k) => k.term === "PyTorch")).toMatchObject({ found: true, count: 2 });
    expect(a.keywords.find((k) => k.term === "Terraform")).toMatchObject({ found: false, count: 0, sections: [], evidence: "missing" });
  });
});

describe("terms no profile knows (TF-IDF phrases)", () => {
  it("finds tool names in a tool context", () => {
    const a = analyze("Requirements\n- Experience orchestrating training with Flyte\n- Dask, Polars or Spark for data processing\n- Querying ClickHouse at scale");
    expect(terms(a, "phrase")).toEqual(expect.arrayContaining(["Flyte", "Dask", "Polars", "ClickHouse"]));
    expect(a.keywords.find((k) => k.term === "Flyte")).toMatchObject({ source: "phrase", category: null, importance: "required" });
  });

  it("keeps a multi-word name whole and folds its acronym into it", () => {
    const a = analyze("Serve LLMs with Text Generation Inference (TGI). You will tune TGI for latency.");
    const tgi = a.keywords.find((k) => k.term === "Text Generation Inference");
    expect(tgi).toMatchObject({ source: "phrase", mentions: 3 });
    expect(terms(a, "phrase")).not.toContain("TGI");
    expect(terms(a, "phrase")).not.toContain("Text Generation");
    const resume = { text: "Served Llama models with TGI on A100s.", sections: [] };
    expect(analyze("Serve LLMs with Text Generation Inference (TGI).", resume).keywords.find((k) => k.term === "Text Generation Inference")?.found).toBe(true);
  });

  it("does not repeat a name a profile already knows", () => {
    const a = analyze("Requirements\n- Serving with Triton Inference Server\n- Feast feature store");
    expect(terms(a)).toEqual(expect.arrayContaining(["Model Serving", "Feature Store"]));
    expect(terms(a, "phrase")).toEqual([]);
  });

  it("does not extract generic job-ad words, even capitalised", () => {
    const a = analyze(
      "Senior Engineer\n\nAt Lumora, we are a Fast-Growing Company with Amazing Customers. You bring Strong Communication Skills, " +
        "Excellent Attention To Detail and a Proven Track Record. You are a Team Player who loves Collaboration and Ownership. " +
        "We offer Health Insurance, Paid Time Off and a Learning Budget. Lumora is based in Lisbon, Portugal.",
    );
    expect(terms(a, "phrase")).toEqual([]);
  });

  it("does not take addresses, numbers or sentence-initial capitals for names", () => {
    const a = analyze(
      "Requirements\n- Train 3D detection models\n- Querying ClickHouse at scale\n\nApply at careers.acme.example or email jobs@acme.example. Docs: https://acme.example/docs/Setup",
    );
    expect(terms(a, "phrase")).toEqual(["ClickHouse"]);
  });

  it("matches a capitalised name in the resume in its printed case only", () => {
    const jd = "Requirements\n- Experience with Dask";
    expect(analyze(jd, { text: "Scaled jobs with Dask.", sections: [] }).keywords[0]).toMatchObject({ term: "Dask", found: true });
    expect(analyze(jd, { text: "We worked at dusk and dask was not involved.", sections: [] }).keywords[0].found).toBe(false);
  });

  it("caps the number of phrase terms", () => {
    const names = "Zorblax Quintor Vexaly Drumbo Plinkr Sarnex Tovalo Wibrix Kelmora Frazzle Gondry Hextor Jumbal Lorvex Mivana Nektor Oprius Pexil Quarza Rundle";
    const jd = `Requirements\n${names.split(" ").map((n) => `- Hands-on with ${n}`).join("\n")}`;
    const phrases = terms(analyze(jd), "phrase");
    expect(phrases).toHaveLength(MAX_PHRASE_TERMS);
  });
});

describe("match rate", () => {
  it("weights required terms twice and phrase terms half", () => {
    expect(IMPORTANCE_WEIGHT).toEqual({ required: 2, preferred: 1 });
    expect(PHRASE_WEIGHT).toBe(0.5);
    const k = (importance: "required" | "preferred", found: boolean, source: "profile" | "phrase" = "profile") => ({ importance, found, source });
    expect(matchRate([k("required", true), k("required", false), k("preferred", true), k("preferred", false)])).toBe(50);
    expect(matchRate([k("required", true), k("preferred", false)])).toBe(67);
    expect(matchRate([k("required", true), k("required", false, "phrase")])).toBe(67);
    expect(matchRate([k("preferred", true)])).toBe(100);
    expect(matchRate([])).toBe(0);
  });

  it("is computed from the resume", () => {
    const jd = "Requirements\n- Python\n- SQL\n\nNice to have\n- Rust";
    expect(analyze(jd, { text: "Skills: Python, Rust", sections: [] }).matchRate).toBe(60); // (2 + 1) / (2 + 2 + 1)
    expect(analyze(jd, { text: "Skills: Python, SQL, Rust", sections: [] }).matchRate).toBe(100);
    expect(analyze(jd, { text: "Skills: Excel", sections: [] }).matchRate).toBe(0);
  });
});

describe("robustness", () => {
  it.each([
    ["empty", ""],
    ["blank", "  \n\n\t \n"],
    ["symbols", "%%%% ### !!! ---- **** ()()() ::::"],
    ["control characters", "\u0000\u0001\u0002\uFFFD\uFFFD\u200B"],
    ["numbers", "12 34 56 2024-01-01 99.5%"],
    ["lorem", "lorem ipsum dolor sit amet ".repeat(400)],
  ])("%s → empty result", (_name, jd) => {
    const a = analyze(jd, { text: "Skills: Python", sections: [] });
    expect(a).toEqual({
      title: null,
      yearsRequired: null,
      degree: { level: null, text: null, importance: null, equivalentAccepted: false },
      keywords: [],
      matchRate: 0,
    });
  });

  it("reads Windows line endings like Unix ones", () => {
    const unix = fixture("data-engineer");
    expect(analyze(unix.replace(/\n/g, "\r\n"))).toEqual(analyze(unix));
  });

  it("is deterministic", () => {
    const jd = fixture("ml-engineer");
    expect(analyze(jd)).toEqual(analyze(jd));
  });
});

describe("sample job descriptions (tests/fixtures/jd)", () => {
  it("ml-engineer: title, years, degree, terms", () => {
    const a = analyze(fixture("ml-engineer"));
    expect(a.title).toBe("Senior Machine Learning Engineer");
    expect(a.yearsRequired).toBe(5);
    expect(a.degree).toMatchObject({ level: "bachelor", importance: "required", equivalentAccepted: true });
    expect(terms(a, "phrase")).toEqual(expect.arrayContaining(["Flyte", "Text Generation Inference", "Dask"]));
    expect(terms(a, "phrase").length).toBeLessThanOrEqual(5);
    for (const t of ["PyTorch", "Kubernetes", "Python", "Recommender Systems", "Model Serving", "Docker"]) {
      expect(importanceOf(a, t), t).toBe("required");
    }
    for (const t of ["Ray", "Feature Store", "Go", "Redis"]) expect(importanceOf(a, t), t).toBe("preferred");
    // Boilerplate: "we are hiring", the Series B blurb, benefits.
    expect(terms(a)).not.toContain("Hiring");
    expect(terms(a)).not.toContain("Fundraising");
  });

  it("data-engineer: label title, Sr. expanded, preferred degree, unknown tools", () => {
    const a = analyze(fixture("data-engineer"));
    expect(a.title).toBe("Senior Data Engineer");
    expect(a.yearsRequired).toBe(4);
    expect(a.degree).toMatchObject({ level: "bachelor", importance: "preferred" });
    expect(terms(a, "phrase")).toEqual(expect.arrayContaining(["ClickHouse", "OpenLineage", "DuckDB"]));
    expect(importanceOf(a, "dbt")).toBe("required");
    expect(importanceOf(a, "Snowflake")).toBe("required");
    expect(importanceOf(a, "Terraform")).toBe("preferred");
    expect(importanceOf(a, "DuckDB")).toBe("preferred");
    expect(terms(a)).not.toContain("RRSP");
  });

  it("short: prose with inline cues", () => {
    const a = analyze(fixture("short"));
    expect(a.title).toBe("ML Engineer (NLP)");
    expect(a.yearsRequired).toBe(3);
    expect(a.degree).toMatchObject({ level: "master", importance: "preferred" });
    expect(importanceOf(a, "Kubernetes")).toBe("required");
    expect(importanceOf(a, "MLflow")).toBe("required");
    expect(importanceOf(a, "LangChain")).toBe("preferred");
    expect(importanceOf(a, "Polars")).toBe("preferred");
  });

  it("fits the report schema", () => {
    const resume = { text: "Skills: Python, PyTorch, Kubernetes\nBuilt ranking models with Flyte.", sections: [] };
    for (const name of ["ml-engineer", "data-engineer", "short"]) {
      const jd = toJdMatch(analyze(fixture(name), resume));
      expect(matchSchema.shape.jd.parse(jd)).toEqual(jd);
    }
  });
});
