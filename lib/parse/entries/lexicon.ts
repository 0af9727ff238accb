/**
 * Word lists that tell a job title from an employer and a degree from a school. Scores, not
 * verdicts: an entry line is split into parts and each part is scored against these lists.
 */
import { hasCjk } from "../text";

const TITLE_WORDS = [
  // en
  "engineer", "developer", "programmer", "manager", "director", "intern", "internship", "analyst", "scientist",
  "consultant", "specialist", "coordinator", "assistant", "associate", "lead", "head", "architect", "designer",
  "administrator", "admin", "technician", "officer", "president", "vp", "ceo", "cto", "cfo", "coo", "cio", "founder",
  "co-founder", "cofounder", "owner", "partner", "accountant", "advisor", "adviser", "server", "coach", "teacher",
  "professor", "lecturer", "researcher", "fellow", "postdoc", "representative", "executive", "supervisor", "clerk",
  "nurse", "editor", "writer", "recruiter", "agent", "trainer", "tutor", "instructor", "chef", "cook", "cashier",
  "strategist", "planner", "operator", "mechanic", "electrician", "secretary", "receptionist", "attorney", "lawyer",
  "paralegal", "auditor", "controller", "bookkeeper", "principal", "staff", "senior", "junior", "sr", "jr", "trainee",
  "apprentice", "therapist", "physician", "pharmacist", "ninja", "evangelist", "advocate", "volunteer", "member",
  "chair", "chairman", "treasurer", "student", "researcher", "investigator", "worker", "driver", "salesperson",
  "marketer", "buyer", "producer", "artist", "photographer", "journalist", "translator", "interpreter", "librarian",
  "counselor", "counsellor", "educator", "dean", "scholar", "resident", "associate", "deputy", "chief", "lecturer",
  "team lead", "tech lead", "sde", "swe", "sre", "devops", "ux", "ui", "qa", "tester", "maintainer", "contributor",
  // de
  "ingenieur", "ingenieurin", "entwickler", "entwicklerin", "berater", "beraterin", "leiter", "leiterin",
  "werkstudent", "werkstudentin", "praktikant", "praktikantin", "mitarbeiter", "mitarbeiterin", "geschäftsführer",
  "geschäftsführerin", "referent", "referentin", "sachbearbeiter", "sachbearbeiterin", "wissenschaftlicher",
  "wissenschaftliche", "doktorand", "doktorandin", "assistenzarzt", "assistenzärztin",
  "volontariat", "auszubildender", "azubi", "projektleiter", "teamleiter", "abteilungsleiter", "informatiker",
  // fr
  "ingénieur", "développeur", "développeuse", "chef", "stagiaire", "responsable", "directeur", "directrice",
  "chargé", "chargée", "conseiller", "conseillère", "technicien", "technicienne", "alternant", "gérant",
  // es / pt / it
  "ingeniero", "ingeniera", "desarrollador", "desarrolladora", "gerente", "jefe", "jefa", "analista", "becario",
  "becaria", "practicante", "asistente", "coordinador", "coordinadora", "programador", "programadora", "consultor",
  "consultora", "engenheiro", "desenvolvedor", "estagiário", "sviluppatore", "ingegnere", "tirocinante",
  // zh / ja
  "工程师", "经理", "实习", "实习生", "总监", "主管", "开发", "研究员", "助理", "专员", "架构师", "设计师", "顾问",
  "负责人", "组长", "总裁", "创始人", "讲师", "教授", "エンジニア", "マネージャー", "講師", "部長", "課長", "主任",
  "リーダー", "担当", "開発", "研究員", "アシスタント", "デザイナー", "コンサルタント", "社長", "代表",
];

const COMPANY_WORDS = [
  "inc", "llc", "ltd", "limited", "gmbh", "ag", "kg", "corp", "corporation", "company", "co", "group", "plc", "pty",
  "sa", "sas", "sarl", "srl", "spa", "bv", "nv", "ab", "oy", "as", "kk", "lp", "llp", "holdings", "industries",
  "international", "technologies", "technology", "tech", "systems", "solutions", "software", "labs", "lab",
  "laboratory", "laboratories", "studio", "studios", "agency", "partners", "consulting", "services", "bank",
  "capital", "ventures", "foundation", "association", "hospital", "clinic", "university", "college", "institute",
  "school", "academy", "department", "ministry", "government", "council", "district", "network", "networks",
  "media", "entertainment", "financial", "finance", "insurance", "health", "healthcare", "pharma", "motors",
  "airlines", "energy", "electric", "research", "center", "centre", "firm", "organization", "organisation",
  "society", "club", "restaurant", "bar", "grill", "cafe", "store", "shop", "hotel", "praxis", "gesellschaft",
  "universität", "hochschule", "université", "universidad", "università", "nationalpark", "museum", "library",
  "株式会社", "有限公司", "公司", "集团", "大学", "研究所", "银行", "銀行", "研究院", "工作室", "科技", "有限会社",
  "合同会社", "事務所",
];

/** Degree abbreviations are case-sensitive: "MS" and "MA" are also US states, "AS" is a word. */
const DEGREE_ABBREVIATION = new RegExp(
  "(?<![\\p{L}])(?:" +
    [
      // dotted forms
      "B\\.\\s?[SA]\\.(?:c\\.)?", "B\\.\\s?Sc\\.?", "B\\.\\s?(?:Eng|Tech|Com|Ed|Arch|Des)\\.?", "B\\.\\s?E\\.",
      "M\\.\\s?[SA]\\.(?:c\\.)?", "M\\.\\s?Sc\\.?", "M\\.\\s?(?:Eng|Tech|Ed|Arch|Phil|Des)\\.?", "M\\.\\s?B\\.\\s?A\\.?",
      "Ph\\.\\s?D\\.?", "D\\.\\s?Phil\\.?", "Ed\\.\\s?D\\.?", "J\\.\\s?D\\.", "M\\.\\s?D\\.", "LL\\.\\s?[BM]\\.?",
      "A\\.\\s?[AS]\\.(?:S\\.)?", "Dr\\.\\s?(?:rer|phil|med|vet|ing)\\.(?:\\s?(?:nat|pol|oec)\\.)?", "Dipl\\.-?\\s?\\p{L}+\\.?",
      // undotted forms that are not ordinary words or state codes
      "BSc", "BEng", "BTech", "BCom", "BBA", "BFA", "BSCS", "BSEE", "BSBA", "BS", "BA", "MSc", "MEng", "MTech", "MBA",
      "MFA", "MPH", "MPA", "MSCS", "MPhil", "PhD", "DPhil", "EdD", "HND", "GED", "BTS", "DUT",
      // "MS in …", "MA of …"
      "M[SA](?=\\s+(?:in|of)\\s)", "A[AS](?=\\s+(?:in|of)\\s)",
    ].join("|") +
    ")(?![\\p{L}])",
  "u",
);

const DEGREE_WORD = new RegExp(
  "(?<![\\p{L}])(?:bachelor(?:['’]s|s)?|master(?:['’]s|s)?|doctor(?:ate)?|doctoral|doktor|associate(?:['’]s)? degree|associate of|" +
    "diploma|diplom(?:-\\p{L}+)?|(?:high|secondary) school(?= (?:diploma|certificate|graduate))|abitur|matura|baccalaur[ée]at|licence|" +
    "licenciatura|licenciado|licenciada|grado en|máster|magister|magistra|staatsexamen|promotion|habilitation|" +
    "ingeniero|ingénieur|engenharia|laurea|mestrado|doutorado|postgrado|posgrado|undergraduate|graduate certificate|" +
    "degree|certificate in|" +
    // Slavic languages: master, bachelor, specialist, candidate of sciences; engineer, licentiate
    "магистр|магистратура|бакалавр|бакалавриат|специалитет|кандидат\\s+\\p{L}+\\s+наук|аспирантура|" +
    "магістр|бакалавр|licencjat|inżynier|magisterium|studia magisterskie|studia licencjackie|inženýr|bakalář)(?![\\p{L}])" +
    "|学士|硕士|博士|本科|研究生|大专|专科|学位|修士|学部|研究科|専攻|課程|卒業|学科",
  "iu",
);

const SCHOOL_PATTERN = new RegExp(
  "(?<![\\p{L}])(?:university|universit[äéày]|universidad|universidade|università|college|institute|institut|instituto|" +
    "istituto|school|academy|akademie|academia|hochschule|fachhochschule|polytechnic|politecnico|polytechnique|" +
    "école|ecole|escuela|escola|lycée|lyceum|gymnasium|gesamtschule|realschule|conservatory|seminary|campus|" +
    "университет|институт|академия|колледж|техникум|університет|інститут|академія|uniwersytet|politechnika|akademia|" +
    "szkoła|univerzita|vysoká škola)(?![\\p{L}])" +
    "|\\p{L}*(?:schule|universität)(?![\\p{L}])|大学|大學|学院|學院|高校|高等学校|中学|高中|学校",
  "iu",
);

function wordList(words: string[]): { latin: Set<string>; cjk: string[] } {
  return { latin: new Set(words.filter((w) => !hasCjk(w))), cjk: words.filter(hasCjk) };
}

const TITLES = wordList(TITLE_WORDS);
const COMPANIES = wordList(COMPANY_WORDS);

function tokens(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’']s\b/g, "")
    .split(/[^\p{L}\p{N}-]+/u)
    .map((t) => t.replace(/^-+|-+$/g, ""))
    .filter(Boolean);
}

function score(text: string, list: { latin: Set<string>; cjk: string[] }): number {
  let n = 0;
  const words = tokens(text);
  for (const w of words) {
    if (list.latin.has(w) || (w.endsWith("s") && list.latin.has(w.slice(0, -1)))) n++;
  }
  for (const w of list.cjk) if (text.includes(w)) n++;
  return n;
}

/** How strongly a piece of text reads as a job title (0 = not at all). */
export function titleScore(text: string): number {
  let n = score(text, TITLES);
  // A title's head noun comes last: "Senior Software Engineer", "Head of Sales" is the exception.
  const words = tokens(text);
  const last = words[words.length - 1];
  if (last && TITLES.latin.has(last)) n += 1;
  if (/^(?:head|director|vp|vice president|chief|manager) of\b/i.test(text.trim())) n += 1;
  if (/(?:entwickler|ingenieur|leiter|berater|referent|praktikant|manager|engineer)(?:in)?$/i.test(last ?? "")) n += 1;
  return n;
}

/** How strongly a piece of text reads as an organisation name. */
export function companyScore(text: string): number {
  let n = score(text, COMPANIES);
  if (/[A-Z][a-z]+[A-Z]/.test(text)) n += 0.5; // CamelCase brands: "TechAdvancers", "OpenAI"
  if (/&/.test(text) && !/\b(?:and|&)\s+[A-Z][a-z]+\s+(?:Engineer|Developer|Manager)/.test(text)) n += 0.25;
  return n;
}

export function hasDegree(text: string): boolean {
  return DEGREE_ABBREVIATION.test(text) || DEGREE_WORD.test(text);
}

export function hasSchool(text: string): boolean {
  return SCHOOL_PATTERN.test(text);
}

/** Head nouns that only ever name a job (not a surname like Cook or Dean): rules out a name line. */
const STRONG_TITLES = new Set([
  "engineer", "developer", "programmer", "manager", "director", "intern", "analyst", "scientist", "consultant",
  "specialist", "coordinator", "assistant", "architect", "designer", "administrator", "technician", "officer",
  "president", "ceo", "cto", "cfo", "founder", "co-founder", "accountant", "advisor", "researcher", "professor",
  "lecturer", "representative", "executive", "supervisor", "recruiter", "student", "candidate", "ingenieur",
  "entwickler", "berater", "ingénieur", "développeur", "ingeniero", "desarrollador", "tierarzt", "veterinär",
  "medizinerin", "mediziner", "associate", "clerk", "cashier", "nurse", "teacher", "programmer", "trainee",
  "apprentice", "receptionist", "secretary", "bookkeeper", "paralegal", "auditor", "tester",
]);
const STRONG_TITLES_CJK = ["工程师", "经理", "总监", "エンジニア", "マネージャー", "设计师", "开发"];

export function isJobTitle(text: string): boolean {
  if (STRONG_TITLES_CJK.some((w) => text.includes(w))) return true;
  return tokens(text).some((w) => STRONG_TITLES.has(w) || STRONG_TITLES.has(w.replace(/s$/, "")));
}

const STRONG_ORGS = new Set([
  "inc", "llc", "ltd", "gmbh", "corp", "corporation", "company", "university", "college", "institute", "school",
  "group", "bank", "technologies", "solutions", "systems", "labs", "consulting", "universität", "université",
  "universidad", "hochschule", "plc",
]);

export function isOrganisation(text: string): boolean {
  return tokens(text).some((w) => STRONG_ORGS.has(w)) || /株式会社|有限公司|公司|大学/.test(text);
}

/** True when the text ends in a job-title word ("… Engineer", "… Intern", "… Manager"). */
export function endsWithTitleWord(text: string): boolean {
  const words = tokens(text);
  const last = words[words.length - 1];
  return !!last && (TITLES.latin.has(last) || TITLES.cjk.some((w) => text.endsWith(w)));
}

const LEGAL_SUFFIX = /(?:\b(?:inc|llc|ltd|gmbh|ag|corp|co|plc|sa|s\.a|bv|oy|ab|kk)\.?|株式会社|有限公司|公司)$/i;

/** True when the text ends in a legal-form suffix ("… Inc.", "… GmbH", "…公司"). */
export function endsWithLegalSuffix(text: string): boolean {
  return LEGAL_SUFFIX.test(text.trim());
}

const SCHOOL_WORD = new RegExp(SCHOOL_PATTERN.source, "iu");
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.&-]*|of|de|du|des|der|für|fur|di|del|della|do|da|the|and|&|at|la|le|y|e)$/u;
const CONNECTOR = /^(?:of|de|du|des|der|für|fur|di|del|della|do|da|the|and|&|at|la|le|y|e)$/i;

/**
 * The school's name inside a longer line: the capitalised words around the school word
 * ("PhD Princeton University, Computer Science" → "Princeton University";
 * "University of California, Berkeley" → "University of California").
 */
export function schoolName(text: string): string | null {
  const m = SCHOOL_WORD.exec(text);
  if (!m) return null;
  if (hasCjk(m[0])) {
    // CJK: the run of Han characters ending in the school word.
    const run = /[\p{Script=Han}]+$/u.exec(text.slice(0, m.index + m[0].length));
    return run ? run[0] : m[0];
  }
  const words = text.split(/(\s+|,)/);
  let pos = 0;
  let at = -1;
  for (let i = 0; i < words.length; i++) {
    if (pos <= m.index && m.index < pos + words[i].length) at = i;
    pos += words[i].length;
  }
  if (at < 0) return null;
  const isWord = (w: string) => !!w && !/^\s+$|^,$/.test(w);
  let a = at;
  let b = at;
  // Left: capitalised words, not a degree ("PhD", "B.S.").
  for (let i = at - 1; i >= 0; i--) {
    if (!isWord(words[i])) {
      if (words[i] === ",") break;
      continue;
    }
    if (!NAME_WORD.test(words[i]) || hasDegree(words[i])) break;
    a = i;
  }
  // Right: "of California", "für Technik".
  for (let i = at + 1; i < words.length; i++) {
    if (!isWord(words[i])) {
      if (words[i] === ",") break;
      continue;
    }
    if (!NAME_WORD.test(words[i]) || hasDegree(words[i])) break;
    b = i;
  }
  while (b > at && CONNECTOR.test(words[b])) b--;
  while (a < at && CONNECTOR.test(words[a])) a++;
  return words.slice(a, b + 1).join("").replace(/\s+/g, " ").trim();
}

/** Words of fields, departments and contact labels: capitalised, yet never part of a person's or a city's name. */
const COMMON_NOUNS = new Set([
  "science", "sciences", "engineering", "studies", "management", "business", "technology", "technologies", "design",
  "development", "marketing", "finance", "accounting", "services", "solutions", "systems", "data", "software",
  "computer", "information", "project", "product", "sales", "operations", "resources", "human", "administration",
  "mathematics", "physics", "chemistry", "biology", "economics", "arts", "law", "medicine", "nursing", "education",
  "research", "learning", "machine", "intelligence", "security", "network", "cloud", "web", "mobile", "digital",
  "media", "communication", "communications", "office", "department", "team", "page",
  "updated", "contact", "references", "available", "request", "summary", "profile", "objective", "skills",
  "testing", "analysis", "analytics", "optimization", "architecture", "solving", "planning", "writing", "speaking",
  "support", "service", "processing", "modeling", "modelling", "visualization", "leadership", "thinking", "skills",
  "flags", "apis", "driven", "native", "relations", "control", "reporting", "entry", "care", "experience",
  "professional", "expert", "leader", "enthusiast", "geek",
  "linkedin", "github", "gitlab", "email", "e-mail", "phone", "mobile", "twitter", "xing", "website", "portfolio", "address",
]);

export function isCommonNoun(word: string): boolean {
  return COMMON_NOUNS.has(word.toLowerCase());
}
