/**
 * Section headings an ATS recognises, per section kind, in English, German, French, Spanish,
 * Portuguese/Italian basics, Russian, Polish and Dutch basics, Chinese and Japanese. Phrases are matched case- and accent-insensitively
 * (see classify-heading.ts); the more specific phrase wins ("Leadership Experience" is activities,
 * "Programming Languages" is skills).
 */
import type { SectionKind } from "../../report/schema";

export type StandardKind = Exclude<SectionKind, "other">;

export const HEADING_SYNONYMS: Record<StandardKind, string[]> = {
  summary: [
    "summary", "professional summary", "career summary", "executive summary", "profile", "professional profile",
    "career profile", "personal profile", "profile summary", "objective", "career objective", "objectives",
    "professional objective", "about", "about me", "introduction", "overview", "career overview", "personal statement",
    "summary of qualifications", "qualifications summary", "key qualifications", "highlights", "career highlights",
    "professional highlights", "bio", "biography", "who i am",
    // de
    "profil", "kurzprofil", "über mich", "zusammenfassung", "berufsziel", "persönliches profil", "zielsetzung",
    // fr
    "profil professionnel", "résumé", "à propos", "a propos", "objectif", "objectif professionnel", "présentation",
    "synthèse",
    // es / pt / it
    "perfil", "perfil profesional", "resumen", "resumen profesional", "sobre mí", "acerca de mí", "objetivo",
    "objetivo profesional", "extracto", "sobre mim", "resumo", "profilo", "chi sono", "obiettivo",
    // ru / pl / nl
    "о себе", "обо мне", "краткая информация", "цель", "профиль", "резюме", "o mnie", "podsumowanie", "profil zawodowy",
    "cel zawodowy", "over mij", "profiel", "samenvatting",
    // zh
    "个人简介", "自我评价", "自我介绍", "个人总结", "个人评价", "求职意向", "职业目标", "个人概况", "简介",
    // ja
    "自己pr", "自己紹介", "職務要約", "職歴要約", "志望動機", "志望の動機", "活かせる経験", "概要", "プロフィール",
  ],
  experience: [
    "experience", "work experience", "professional experience", "employment", "employment history", "work history",
    "career history", "professional background", "career", "positions", "positions held", "relevant experience",
    "industry experience", "research experience", "research positions", "academic experience", "teaching experience",
    "work", "internships", "internship", "internship experience", "other experience", "other work experience",
    "additional experience", "professional history", "job history", "experience and employment", "appointments",
    "academic appointments", "professional appointments", "clinical experience", "military experience", "military service",
    // de
    "berufserfahrung", "berufliche erfahrung", "berufliche erfahrungen", "beruflicher werdegang", "werdegang",
    "berufspraxis", "praxiserfahrung", "praktische erfahrung", "praktische tätigkeiten", "praktika", "praktikum",
    "tätigkeiten", "beschäftigungen", "arbeitserfahrung", "berufstätigkeit", "erfahrung", "stationen",
    // fr
    "expérience", "expériences", "expérience professionnelle", "expériences professionnelles", "parcours professionnel",
    "emplois", "stages", "stage",
    // es / pt / it
    "experiencia", "experiencia laboral", "experiencia profesional", "historial laboral", "trayectoria profesional",
    "prácticas", "experiência", "experiência profissional", "esperienza", "esperienze", "esperienza lavorativa",
    "esperienze professionali",
    // ru / pl / nl
    "опыт работы", "опыт", "профессиональный опыт", "трудовая деятельность", "места работы", "стажировки",
    "doświadczenie", "doświadczenie zawodowe", "przebieg pracy", "werkervaring", "ervaring", "loopbaan", "stages",
    // zh
    "工作经历", "工作经验", "工作背景", "实习经历", "实习经验", "实习", "职业经历", "任职经历", "工作履历", "从业经历",
    "科研经历", "研究经历",
    // ja
    "職歴", "職務経歴", "経歴", "実務経験", "インターンシップ", "アルバイト", "職務内容",
  ],
  education: [
    "education", "academic background", "educational background", "academic history", "education and training",
    "academic qualifications", "educational qualifications", "qualifications and education", "degrees", "academics",
    "schooling", "studies", "academic profile", "university education", "academic record", "thesis", "master thesis",
    "bachelor thesis", "dissertation",
    // de
    "ausbildung", "bildung", "bildungsweg", "schulbildung", "schulische ausbildung", "studium", "hochschulbildung",
    "akademische ausbildung", "ausbildung und studium", "promotion", "hochschulstudium", "schule",
    // fr
    "formation", "formations", "éducation", "études", "parcours académique", "formation académique", "diplômes",
    "cursus", "scolarité",
    // es / pt / it
    "educación", "formación", "formación académica", "estudios", "títulos", "educação", "formação",
    "formação acadêmica", "istruzione", "formazione", "titoli di studio",
    // ru / pl / nl
    "образование", "высшее образование", "wykształcenie", "edukacja", "opleiding", "opleidingen", "onderwijs",
    // zh
    "教育背景", "教育经历", "学历", "教育", "学习经历", "毕业论文",
    // ja
    "学歴", "学歴・職歴",
  ],
  skills: [
    "skills", "technical skills", "key skills", "core skills", "skills and abilities", "skill set", "skillset",
    "competencies", "core competencies", "key competencies", "technical competencies", "areas of expertise", "expertise",
    "technical expertise", "technologies", "technology", "tools", "tools and technologies", "technical proficiencies",
    "proficiencies", "tech stack", "technical stack", "stack", "computer skills", "it skills", "software", "strengths",
    "abilities", "capabilities", "qualifications", "programming languages", "programming skills", "hard skills",
    "soft skills", "professional skills", "relevant skills", "additional skills", "skills summary", "skills and tools",
    "know how",
    // de
    "kenntnisse", "fähigkeiten", "fachkenntnisse", "kompetenzen", "fachkompetenzen", "besondere kenntnisse",
    "edv kenntnisse", "it kenntnisse", "technische kenntnisse", "fertigkeiten", "qualifikationen", "schwerpunkte",
    // fr
    "compétences", "compétences techniques", "compétences clés", "savoir faire", "aptitudes", "connaissances",
    "outils", "informatique",
    // es / pt / it
    "habilidades", "competencias", "conocimientos", "aptitudes", "destrezas", "habilidades técnicas",
    "conocimientos técnicos", "herramientas", "competências", "competenze", "conoscenze", "capacità",
    // ru / pl / nl
    "навыки", "ключевые навыки", "профессиональные навыки", "технические навыки", "умения", "компетенции",
    "umiejętności", "kompetencje", "vaardigheden", "competenties", "kennis",
    // zh
    "技能", "专业技能", "技术技能", "it 技能", "计算机技能", "技能特长", "专业能力", "技术栈", "个人技能", "掌握技能",
    // ja
    "スキル", "経験・スキル", "保有スキル", "技術", "テクニカルスキル", "知識・技術", "特技",
  ],
  projects: [
    "projects", "project", "personal projects", "selected projects", "key projects", "academic projects",
    "side projects", "project experience", "technical projects", "open source", "open source projects",
    "open source contributions", "portfolio", "relevant projects", "research projects",
    // de
    "projekte", "projekt", "projekterfahrung", "ausgewählte projekte",
    // fr
    "projets", "projet", "projets personnels",
    // es / pt / it
    "proyectos", "proyecto", "projetos", "progetti",
    // ru / pl / nl
    "проекты", "projekty", "projecten",
    // zh / ja
    "项目经历", "项目经验", "项目", "个人项目", "プロジェクト", "開発経験",
  ],
  certifications: [
    "certifications", "certification", "certificates", "licenses", "licences", "licenses and certifications",
    "certifications and licenses", "professional certifications", "accreditations", "credentials",
    // de / fr / es
    "zertifikate", "zertifizierungen", "zertifikat", "lizenzen", "certificats", "certificaciones", "certificados",
    "certificações", "certificazioni",
    // ru / pl / nl
    "сертификаты", "certyfikaty", "certificaten",
    // zh / ja
    "证书", "资格证书", "认证", "免許・資格", "資格", "免許", "資格・特技",
  ],
  publications: [
    "publications", "selected publications", "papers", "research papers", "journal articles", "conference papers",
    "peer reviewed publications", "books", "bibliography",
    // de / fr / es
    "veröffentlichungen", "publikationen", "schriften", "publications scientifiques", "publicaciones",
    "publicações", "pubblicazioni",
    // ru / pl / nl
    "публикации", "publikacje", "publicaties",
    // zh / ja
    "论文", "发表论文", "学术成果", "出版物", "論文", "発表論文", "著書",
  ],
  awards: [
    "awards", "honors", "honours", "awards and honors", "honors and awards", "achievements", "accomplishments",
    "scholarships", "awards and scholarships", "distinctions", "prizes", "fellowships", "grants", "key achievements",
    "selected honors",
    // de / fr / es
    "auszeichnungen", "preise", "ehrungen", "stipendien", "erfolge", "prix", "distinctions", "récompenses",
    "premios", "reconocimientos", "logros", "distinciones", "prémios", "premi", "riconoscimenti",
    // ru / pl / nl
    "награды", "достижения", "nagrody", "osiągnięcia", "prijzen",
    // zh / ja
    "获奖情况", "获奖经历", "荣誉", "奖项", "荣誉奖项", "获奖", "受賞歴", "表彰", "受賞",
  ],
  volunteering: [
    "volunteering", "volunteer", "volunteer experience", "volunteer work", "community service", "community involvement",
    "civic engagement", "social engagement",
    // de / fr / es
    "ehrenamt", "ehrenamtliches engagement", "ehrenamtliche tätigkeiten", "freiwilliges engagement",
    "freiwilliges soziales jahr", "soziales engagement", "engagement", "bénévolat", "engagement associatif",
    "voluntariado", "trabajo voluntario", "volontariato",
    // ru / pl / nl
    "волонтерство", "волонтёрство", "wolontariat", "vrijwilligerswerk",
    // zh / ja
    "志愿者经历", "志愿服务", "社会实践", "ボランティア", "ボランティア活動",
  ],
  languages: [
    "languages", "language skills", "language", "language proficiency", "spoken languages",
    // de / fr / es
    "sprachen", "sprachkenntnisse", "fremdsprachen", "langues", "compétences linguistiques", "idiomas", "lenguas",
    "línguas", "lingue", "conoscenze linguistiche",
    // ru / pl / nl
    "языки", "знание языков", "иностранные языки", "języki", "znajomość języków", "talen", "talenkennis",
    // zh / ja
    "语言能力", "语言技能", "外语能力", "语言", "語学", "言語", "語学力",
  ],
  interests: [
    "interests", "hobbies", "hobbies and interests", "personal interests", "interests and hobbies", "leisure",
    "leisure activities", "outside interests", "passions",
    // de / fr / es
    "interessen", "hobbys", "hobbies und interessen", "hobbys und interessen", "freizeit", "freizeitaktivitäten",
    "centres d'intérêt", "centres d'intérêts", "centres d intérêt", "loisirs", "intérêts", "passions",
    "intereses", "aficiones", "pasatiempos", "hobbies e intereses", "interesses", "interessi", "tempo libero",
    // ru / pl / nl
    "интересы", "хобби", "увлечения", "zainteresowania", "hobby's", "interesses",
    // zh / ja
    "兴趣爱好", "个人兴趣", "爱好", "兴趣", "趣味", "趣味・特技",
  ],
  references: [
    "references", "referees", "professional references", "references available upon request", "recommendations",
    // de / fr / es
    "referenzen", "références", "referencias", "referências", "referenze",
    // ru / pl / nl
    "рекомендации", "referencje", "referenties",
    // zh / ja
    "推荐人", "証明者",
  ],
  courses: [
    "courses", "coursework", "relevant coursework", "significant coursework", "selected coursework", "training",
    "trainings", "professional development", "continuing education", "further education", "workshops",
    // de / fr / es
    "weiterbildung", "weiterbildungen", "fortbildung", "fortbildungen", "kurse", "lehrgänge", "schulungen",
    "cours", "formation continue", "cursos", "formación complementaria", "cursos y seminarios", "corsi",
    // ru / pl / nl
    "курсы", "повышение квалификации", "дополнительное образование", "kursy", "szkolenia", "cursussen",
    // zh / ja
    "培训经历", "课程", "主修课程", "相关课程", "研修",
  ],
  activities: [
    "activities", "extracurricular activities", "extracurricular", "extra curricular activities", "leadership",
    "leadership experience", "leadership and activities", "campus involvement", "campus activities", "involvement",
    "affiliations", "professional affiliations", "memberships", "professional memberships", "organizations",
    "associations", "student activities", "clubs",
    // de / fr / es
    "aktivitäten", "mitgliedschaften", "außeruniversitäres engagement", "activités", "activités extra professionnelles",
    "vie associative", "actividades", "actividades extracurriculares", "membresías", "attività",
    // zh / ja
    "校园经历", "社团经历", "学生工作", "课外活动", "社团活动", "課外活動", "部活動",
  ],
  personal: [
    "contact", "contact information", "contact info", "contact details", "contacts", "personal information",
    "personal details", "personal data", "personal info", "links", "profiles", "social", "online", "find me online",
    "details", "personal",
    // de / fr / es
    "kontakt", "kontaktdaten", "persönliche daten", "persönliche angaben", "zu meiner person", "zur person",
    "angaben zur person", "coordonnées", "informations personnelles", "état civil", "contacto", "datos personales",
    "información personal", "información de contacto", "dados pessoais", "contatti", "dati personali",
    // ru / pl / nl
    "контакты", "контактная информация", "личная информация", "личные данные", "dane osobowe", "kontakt",
    "persoonlijke gegevens", "contactgegevens",
    // zh / ja
    "个人信息", "基本信息", "联系方式", "个人资料", "個人情報", "連絡先", "基本情報",
  ],
};

/** Headings an ATS knows but files under "other": still standard, so not reported as unusual. */
export const KNOWN_OTHER = [
  "other", "others", "additional information", "additional", "miscellaneous", "misc", "patents", "talks",
  "invited talks", "presentations", "conferences", "conference presentations", "speaking", "teaching",
  "research interests", "research", "declaration", "availability", "salary expectations",
  "appendix", "attachments", "enclosures", "sonstiges", "weitere angaben", "anlagen", "anlagenverzeichnis", "anhang",
  "zeugnisse", "arbeitszeugnisse", "divers", "annexes", "pièces jointes", "autres", "otros", "anexos", "其他", "其它",
  "附件", "その他", "本人希望記入欄", "備考", "以上",
];

/**
 * Words that point a non-standard heading ("Where I've made impact", "My toolbox") at a kind.
 * Matching one of these still reports the heading as non-standard.
 */
export const HEADING_HINTS: Record<StandardKind, string[]> = {
  summary: ["me", "i am", "story", "bring", "mission", "vision", "info", "snapshot", "at a glance", "in brief"],
  experience: ["impact", "worked", "jobs", "roles", "journey", "path", "track record", "companies"],
  education: ["learned", "learning", "school", "degree", "studied", "academic", "university", "college"],
  skills: ["toolbox", "toolkit", "tool kit", "tools", "stack", "tech", "good at", "superpowers", "can do", "know", "craft", "arsenal", "technical"],
  projects: ["built", "samples", "work samples", "showcase", "creations", "side"],
  certifications: ["certified", "badges"],
  publications: ["writing", "writings", "articles", "published", "wrote"],
  awards: ["recognition", "proud", "wins", "won", "honored"],
  volunteering: ["service", "giving back", "give back", "community", "volunteered"],
  languages: ["speak", "tongues"],
  interests: ["reading", "fun", "free time", "spare time", "outside work", "love", "enjoy", "like"],
  references: ["testimonials", "kind words", "what people say", "endorsements"],
  courses: ["courses", "classes", "learning"],
  activities: ["governance", "affiliation", "clubs", "involved", "leading", "outside"],
  personal: ["reach me", "find me", "get in touch", "say hello"],
};
