import { describe, expect, it } from "vitest";
import { compileProfile, matchKeywords, scanProfile, toKeywordHits, tokenize } from "../../lib/analyze/keywords";
import { stemToken } from "../../lib/analyze/keywords/normalize";
import { getProfile, parseProfile } from "../../lib/profiles/load-profiles";
import type { RoleProfile } from "../../lib/profiles/schema";
import { keywordHitSchema } from "../../lib/report/schema";

const ml = getProfile("ml-engineer")!;
const swe = getProfile("software-engineer")!;
const ds = getProfile("data-scientist")!;

/** Count of hits for `term` in `text` (no sections) against `profile`. */
function count(text: string, term: string, profile: RoleProfile = ml): number {
  const match = matchKeywords(text, [], profile).find((k) => k.term === term);
  if (!match) throw new Error(`profile ${profile.slug} has no keyword ${term}`);
  return match.count;
}

describe("ambiguous terms", () => {
  it("R counts as the language only in a technical context", () => {
    expect(count("Skills: Python, R, SQL", "R", ds)).toBe(1);
    expect(count("Ran the statistical analysis in R and shipped it", "R", ds)).toBe(1);
    expect(count("Built R packages for survival analysis", "R", ds)).toBe(1);
    expect(count("Built React dashboards", "R", ds)).toBe(0);
    expect(count("Led R&D for the analytics group", "R", ds)).toBe(0);
    expect(count("Reference: Jane R. Smith, Director", "R", ds)).toBe(0);
    expect(count("Daily reader of r/programming", "R", ds)).toBe(0);
    expect(count("Section R of the report", "R", ds)).toBe(0);
  });

  it("C is not C++, C#, C-suite, Objective-C or an initial", () => {
    expect(count("Languages: C, C++, Python", "C", swe)).toBe(1);
    expect(count("Wrote embedded firmware in C for sensors", "C", swe)).toBe(1);
    expect(count("Presented to the C-suite quarterly", "C", swe)).toBe(0);
    expect(count("Shipped iOS apps in Objective-C", "C", swe)).toBe(0);
    expect(count("Expert in C++ and C#", "C", swe)).toBe(0);
    expect(count("Rated C in the vendor audit", "C", swe)).toBe(0);
  });

  it("C++ and C# are their own tokens", () => {
    expect(count("Expert in C++ and C#", "C++", swe)).toBe(1);
    expect(count("Expert in C++ and C#", "C#", swe)).toBe(1);
    expect(count("Expert in C++17 templates", "C++", swe)).toBe(1);
    expect(count("Scored a C in physics", "C++", swe)).toBe(0);
    expect(count("Wrote C code, then C# services", "C#", swe)).toBe(1);
  });

  it("Go counts as the language, not the verb", () => {
    expect(count("Skills: Go, Rust, Python", "Go", swe)).toBe(1);
    expect(count("Rewrote the billing service in Go last year", "Go", swe)).toBe(1);
    expect(count("Built Go microservices for payments", "Go", swe)).toBe(1);
    expect(count("Golang backend developer", "Go", swe)).toBe(1);
    expect(count("Led the go-to-market plan for two launches", "Go", swe)).toBe(0);
    expect(count("Go beyond what customers expect", "Go", swe)).toBe(0);
    expect(count("Ready to go live with the new system", "Go", swe)).toBe(0);
    expect(count("Let go of legacy tooling", "Go", swe)).toBe(0);
  });

  it("Java and JavaScript never count for each other", () => {
    expect(count("Built SPAs in JavaScript", "Java", swe)).toBe(0);
    expect(count("Built SPAs in JavaScript", "JavaScript", swe)).toBe(1);
    expect(count("Java backend with Spring", "JavaScript", swe)).toBe(0);
    expect(count("Java backend with Spring", "Java", swe)).toBe(1);
    expect(count("Front end in Java Script", "JavaScript", swe)).toBe(1);
    expect(count("Front end in Java Script", "Java", swe)).toBe(0);
  });

  it(".NET needs its dot; Node.js and NodeJS are one keyword", () => {
    expect(count("Services on .NET Core and ASP.NET", ".NET", swe)).toBe(2);
    expect(count("Grew net revenue by 10%", ".NET", swe)).toBe(0);
    expect(count("APIs in Node.js, workers in NodeJS and Node JS", "Node.js", swe)).toBe(3);
  });

  it("Spark matches the product name, not the verb (documented: context-insensitive otherwise)", () => {
    expect(count("Batch jobs on Apache Spark and PySpark", "Spark")).toBe(2);
    expect(count("Spark SQL on EMR", "Spark")).toBe(1);
    // No inflection: "sparked" is the verb.
    expect(count("Sparked interest in data quality", "Spark")).toBe(0);
    // Listed negative phrases.
    expect(count("Tidied the office to spark joy", "Spark")).toBe(0);
    // Known limitation: other uses of the noun still count ("a Spark of genius" is rare in resumes).
    expect(count("Spark", "Spark")).toBe(1);
  });

  it("CV means computer vision only in a technical context", () => {
    expect(count("Research areas: NLP, CV, RL", "Computer Vision")).toBe(1);
    expect(count("Trained CV models for defect detection", "Computer Vision")).toBe(1);
    expect(count("Download my CV at janedoe.dev", "Computer Vision")).toBe(0);
    expect(count("Curriculum Vitae (CV)\nJane Doe", "Computer Vision")).toBe(0);
    expect(count("CV\nJane Doe, Data Scientist", "Computer Vision")).toBe(0);
    expect(count("Worked on computer vision for retail", "Computer Vision")).toBe(1);
  });

  it("short acronyms only match whole words", () => {
    expect(count("HTML, CSS and XML", "Machine Learning")).toBe(0);
    expect(count("ML and AI", "Machine Learning")).toBe(1);
    expect(count("Maintained email campaigns and trained staff", "Artificial Intelligence")).toBe(0);
    expect(count("Built AI assistants", "Artificial Intelligence")).toBe(1);
    expect(count("Coursework in AI/ML", "Artificial Intelligence")).toBe(1);
  });

  it("forecasting alone (budgets, sales) is not time-series modelling", () => {
    for (const profile of [ml, ds]) {
      expect(count("Budget forecasting and financial reporting", "Time Series Forecasting", profile)).toBe(0);
      expect(count("Built time series forecasting models", "Time Series Forecasting", profile)).toBe(1);
      expect(count("Owned demand forecasting for 200 stores", "Time Series Forecasting", profile)).toBe(1);
    }
  });
});

describe("aliases, acronyms and spellings", () => {
  it("maps aliases to their keyword", () => {
    expect(count("Models in sklearn", "scikit-learn")).toBe(1);
    expect(count("scikit learn and Scikit-Learn", "scikit-learn")).toBe(2);
    expect(count("Deployed on k8s", "Kubernetes")).toBe(1);
    expect(count("NLP and natural language processing", "Natural Language Processing")).toBe(2);
    // The expansion and its acronym in brackets are two mentions.
    expect(count("Retrieval-augmented generation (RAG) over docs", "Retrieval-Augmented Generation")).toBe(2);
    expect(count("Built RAG pipelines", "Retrieval-Augmented Generation")).toBe(1);
  });

  it("finds the pieces of dotted words when the whole is not a keyword", () => {
    expect(count("Evaluated with sklearn.metrics", "scikit-learn")).toBe(1);
    const [hit] = matchKeywords("Evaluated with sklearn.metrics", [], ml).find((k) => k.term === "scikit-learn")!.occurrences;
    expect(hit.text).toBe("sklearn");
  });

  it("stems inflections but not derivations", () => {
    expect(count("Built transformer-based rankers", "Transformers")).toBe(1);
    expect(count("Fine-tuned Llama on support tickets", "Fine-Tuning")).toBe(1);
    expect(count("Experience fine tuning and finetuning models", "Fine-Tuning")).toBe(2);
    expect(count("Deployed containerized services", "Docker")).toBe(1);
    expect(stemToken("transformers")).toBe(stemToken("transformer"));
    expect(stemToken("modelling")).toBe(stemToken("modeling"));
    expect(stemToken("optimisation")).toBe(stemToken("optimization"));
    expect(stemToken("analyses")).toBe(stemToken("analysis"));
    // Derivational suffixes stay: these are different words.
    expect(stemToken("production")).not.toBe(stemToken("product"));
    expect(stemToken("generative")).not.toBe(stemToken("general"));
    expect(stemToken("management")).not.toBe(stemToken("manager"));
    expect(count("General AI interest group", "Generative AI")).toBe(0);
  });

  it("normalises ligatures, full-width letters and soft hyphens (NFKC)", () => {
    expect(count("ﬁne-tuning of LLMs", "Fine-Tuning")).toBe(1);
    expect(count("ﬁne-tuned BERT", "Fine-Tuning")).toBe(1);
    expect(count("Ｐｙｔｈｏｎ developer", "Python")).toBe(1);
    expect(count("Kuber\u00ADnetes clusters", "Kubernetes")).toBe(1);
    const [hit] = matchKeywords("We ﬁne-tuned it", [], ml).find((k) => k.term === "Fine-Tuning")!.occurrences;
    expect(hit.text).toBe("ﬁne-tuned");
  });

  it("matches phrases across a line break but not across punctuation", () => {
    expect(count("Deep Learning, Natural\nLanguage Processing", "Natural Language Processing")).toBe(1);
    expect(count("machine, learning", "Machine Learning")).toBe(0);
    expect(count("deep.\n\nLearning", "Deep Learning")).toBe(0);
  });
});

describe("counts, offsets, sections and evidence", () => {
  const text = [
    "Jane Doe",
    "Summary",
    "ML engineer working with PyTorch.",
    "Skills",
    "Python, PyTorch, Docker, Kubernetes",
    "Experience",
    "• Trained PyTorch models and served them on Kubernetes with Triton",
    "Education",
    "B.S. Computer Science",
  ].join("\n");
  const at = (heading: string) => text.indexOf(heading);
  const sections = [
    { kind: "summary", start: at("Summary"), end: at("Skills") },
    { kind: "skills", start: at("Skills"), end: at("Experience") },
    { kind: "experience", start: at("Experience"), end: at("Education") },
    { kind: "education", start: at("Education"), end: text.length },
  ];
  const byTerm = new Map(matchKeywords(text, sections, ml).map((k) => [k.term, k]));

  it("counts every occurrence and lists sections in order of appearance", () => {
    const pytorch = byTerm.get("PyTorch")!;
    expect(pytorch.count).toBe(3);
    expect(pytorch.sections).toEqual(["summary", "skills", "experience"]);
    for (const o of pytorch.occurrences) expect(text.slice(o.start, o.end)).toBe("PyTorch");
  });

  it("rates a skill used in experience as demonstrated and one only listed as listed", () => {
    expect(byTerm.get("PyTorch")!.evidence).toBe("demonstrated");
    expect(byTerm.get("Kubernetes")!.evidence).toBe("demonstrated");
    expect(byTerm.get("Docker")!.evidence).toBe("listed");
    expect(byTerm.get("Docker")!.sections).toEqual(["skills"]);
    expect(byTerm.get("Python")!.evidence).toBe("listed");
    expect(byTerm.get("JAX")!.evidence).toBe("missing");
    expect(byTerm.get("JAX")!.found).toBe(false);
  });

  it("carries category, importance and weight from the profile", () => {
    const pytorch = byTerm.get("PyTorch")!;
    expect(pytorch.category).toBe("ml-frameworks");
    expect(pytorch.importance).toBe("required");
    expect(pytorch.weight).toBeGreaterThan(0);
  });

  it("without sections, a sentence-like bullet counts as demonstration but a bullet list of skills does not", () => {
    const bare = "• Trained and deployed PyTorch models for fraud detection at scale\n• Docker, Kubernetes, Terraform";
    const found = new Map(matchKeywords(bare, [], ml).map((k) => [k.term, k]));
    expect(found.get("PyTorch")!.evidence).toBe("demonstrated");
    expect(found.get("Docker")!.evidence).toBe("listed");
    expect(found.get("PyTorch")!.sections).toEqual([]);
    expect(found.get("PyTorch")!.occurrences[0].section).toBeNull();
  });

  it("without sections, a hit on a wrapped line belongs to the bullet above it", () => {
    const bare = "• Containerized training and inference and wrote unit tests that\n  run in CI/CD on every merge\n\nCI/CD";
    const cicd = matchKeywords(bare, [], ml).find((k) => k.term === "CI/CD")!;
    expect(cicd.occurrences.map((o) => o.demonstrated)).toEqual([true, false]);
  });

  it("converts to the report's keyword hits", () => {
    for (const hit of toKeywordHits([...byTerm.values()])) expect(keywordHitSchema.parse(hit)).toEqual(hit);
  });

  it("counts a hit of one keyword once even when several of its forms overlap", () => {
    expect(count("Apache Spark", "Spark")).toBe(1);
    expect(count("Amazon SageMaker", "SageMaker")).toBe(1);
  });

  it("lets different keywords share words (AWS SageMaker shows both)", () => {
    expect(count("AWS SageMaker pipelines", "AWS")).toBe(1);
    expect(count("AWS SageMaker pipelines", "SageMaker")).toBe(1);
  });

  it("a guarded form counts in a skills section without other context", () => {
    const skills = "Skills\nR\nExcel";
    expect(matchKeywords(skills, [{ kind: "skills", start: 0, end: skills.length }], ds).find((k) => k.term === "R")!.count).toBe(1);
    expect(matchKeywords(skills, [{ kind: "summary", start: 0, end: skills.length }], ds).find((k) => k.term === "R")!.count).toBe(0);
  });
});

describe("certifications and portfolio signals", () => {
  it("finds certifications by name and alias", () => {
    const text = "Certifications\nAWS Certified Machine Learning – Specialty (2024)\nDeepLearning.AI Deep Learning Specialization";
    const scan = scanProfile(text, [], ml);
    const found = scan.certifications.filter((c) => c.found).map((c) => c.name);
    expect(found).toContain("AWS Machine Learning Specialty");
    expect(found).toContain("Deep Learning Specialization");
    expect(found).not.toContain("TensorFlow Developer Certificate");
  });

  it("finds portfolio signals in text and by section", () => {
    const text = "github.com/janedoe · Kaggle Expert\nPublications\nA paper.";
    const scan = scanProfile(text, [{ kind: "publications", start: text.indexOf("Publications"), end: text.length }], ml);
    const byKind = new Map(scan.signals.map((s) => [s.kind, s]));
    expect(byKind.get("github")!.found).toBe(true);
    expect(byKind.get("kaggle")!.found).toBe(true);
    expect(byKind.get("publications")!.found).toBe(true);
    expect(byKind.get("publications")!.bySection).toBe(true);
    expect(byKind.get("huggingface")!.found).toBe(false);
  });
});

describe("compilation", () => {
  it("caches the compiled profile per profile object", () => {
    expect(compileProfile(ml)).toBe(compileProfile(ml));
    expect(compileProfile(ml).keywords.length).toBeGreaterThanOrEqual(100);
  });

  it("handles a profile built on the fly (a job description)", () => {
    const jd = parseProfile({
      slug: "jd",
      title: "From a job ad",
      description: "Terms from a job description",
      jobTitles: ["ML Engineer"],
      track: "technical",
      keywordGroups: [
        { category: "jd", label: "Job ad", weight: 1, keywords: [{ term: "Kubeflow", importance: "required" }, { term: "Feast", importance: "preferred" }] },
      ],
    });
    const result = matchKeywords("Pipelines on Kubeflow", [], jd);
    expect(result.map((k) => [k.term, k.found])).toEqual([
      ["Kubeflow", true],
      ["Feast", false],
    ]);
  });

  it("tokenizes with offsets into the original text", () => {
    const text = "Used C++, C#, .NET and Node.js.";
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.norm)).toEqual(["used", "c++", "c#", ".net", "and", "node.js"]);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.raw);
  });
});
