/**
 * Hard skills common on resumes outside the built-in role profiles: web and scripting languages,
 * DevOps and IT tooling, office, design and business software, and the named disciplines of
 * accounting and IT support. The role profiles cover ML, data and software engineering in depth;
 * this list lets the skills extractor recognise the everyday tools of other jobs too.
 *
 * Same conventions as profile keywords (lib/profiles/schema.ts): `aliases` and `variants` match as
 * whole words; `guarded` forms that are also ordinary words ("Word", "Chef", "Excel") count only in
 * their printed case and, with context "field", only in a skills list or beside other technologies.
 */
import { keywordSchema, type Keyword } from "../../profiles/schema";

type TermSpec = string | { term: string; aliases?: string[]; variants?: string[]; guarded?: string[]; stem?: boolean };

const field = (form: string) => ({ form, context: "field" as const });

const SPECS: TermSpec[] = [
  // Web and scripting
  { term: "HTML", variants: ["HTML5", "HTML 5"] },
  { term: "CSS", variants: ["CSS3", "CSS 3"] },
  { term: "Sass", guarded: ["Sass"] }, "Less.js", "Tailwind CSS", "jQuery", "Webpack", "Vite", { term: "Babel", guarded: ["Babel"] }, "Redux", "Svelte",
  { term: "Angular", aliases: ["AngularJS", "Angular.js"], guarded: ["Angular"] },
  { term: "Vue.js", aliases: ["Vue", "VueJS", "Nuxt.js"] },
  { term: "Ruby on Rails", aliases: ["Rails"], guarded: ["Rails"] },
  { term: "Ruby", guarded: ["Ruby"] },
  "PHP", "Laravel", "Symfony", "WordPress", "Drupal", "Perl", { term: "Groovy", guarded: ["Groovy"] }, "PowerShell", "Objective-C", { term: "Dart", guarded: ["Dart"] },
  { term: "Flutter", guarded: ["Flutter"] }, "Haskell", { term: "Elixir", guarded: ["Elixir"] }, "Erlang", "Clojure", "Lua", "Fortran", "COBOL", "Visual Basic", "Solidity",
  { term: "Swift", guarded: ["Swift"], stem: false },
  "Android", "iOS", "Xamarin", { term: "Ionic", guarded: ["Ionic"] }, "WebSockets", "SOAP", "XML", "JSON", "YAML",
  { term: "REST", guarded: ["REST"] },
  // DevOps, infrastructure and IT
  "Ansible", { term: "Chef", guarded: ["Chef"] }, { term: "Puppet", guarded: ["Puppet"] }, { term: "Vagrant", guarded: ["Vagrant"] }, { term: "Packer", guarded: ["Packer"] },
  "Nginx", "Apache HTTP Server", "Tomcat", { term: "Maven", guarded: ["Maven"] }, "Gradle", "Nagios", "Zabbix", { term: "Consul", guarded: ["Consul"] }, "HashiCorp Vault",
  "VMware", "vSphere", "ESXi", "Hyper-V", "Citrix", "OpenStack", "Heroku", "Firebase", "DigitalOcean", "Cloudflare",
  "Active Directory", "Windows Server", "Microsoft Exchange", "Intune", "SCCM", "ServiceNow", "Zendesk",
  "DHCP", "VPN", "LAN", "WAN", { term: "Cisco", guarded: ["Cisco"] }, "Wireshark", "Metasploit", "Nmap", "Burp Suite", "SIEM", "Penetration Testing",
  { term: "Cybersecurity", variants: ["cyber security", "cyber-security"], aliases: ["information security", "network security"] },
  "Technical Support", "Help Desk", "Desktop Support", "Troubleshooting", "ITIL",
  "Embedded Systems", "RTOS", "FPGA", "Verilog", "VHDL", "Arduino", "Raspberry Pi", "PLC", "SCADA",
  // Testing and developer tools
  "Selenium", "Cypress", { term: "Jest", guarded: ["Jest"] }, { term: "Mocha", guarded: ["Mocha"] }, { term: "Postman", guarded: ["Postman"] }, { term: "Swagger", guarded: ["Swagger"] }, "Confluence", "Trello", { term: "Asana", guarded: ["Asana"] },
  { term: "Jira", variants: ["JIRA"] }, "Visual Studio", "Xcode", "IntelliJ", { term: "Eclipse", guarded: ["Eclipse"] },
  "Unreal Engine", { term: "Unity", guarded: ["Unity"] }, "OpenGL", "OpenCL", "NLTK", "Gensim", "Theano", "Caffe",
  "Mathematica", { term: "Maple", guarded: ["Maple"] }, "LabVIEW", "ArcGIS", "QGIS", "GIS", "TeX", "XeLaTeX",
  // Data and BI
  "SQLite", { term: "Oracle", guarded: ["Oracle"] }, "HBase", "Neo4j", "Informatica", "Talend", "Alteryx", "Qlik", "SSIS", "SSRS", "Seaborn",
  "Google Analytics", "Google Ads", "SEO", "SEM", "CRM", "ERP",
  // Office, business and design software
  { term: "Microsoft Office", aliases: ["MS Office", "Office 365", "Microsoft 365"] },
  { term: "Microsoft Word", aliases: ["MS Word"], guarded: ["Word"] },
  { term: "Microsoft Excel", aliases: ["MS Excel"], guarded: ["Excel"] },
  { term: "PowerPoint", aliases: ["MS PowerPoint", "Microsoft PowerPoint"] },
  { term: "Outlook", aliases: ["MS Outlook", "Microsoft Outlook"], guarded: ["Outlook"] },
  { term: "Microsoft Access", aliases: ["MS Access"] },
  "Visio", "SharePoint", "OneNote", "Microsoft Teams", "Microsoft Project", "Google Workspace", "G Suite",
  "Google Sheets", "Google Docs", "QuickBooks", "Xero", "NetSuite", { term: "SAP", guarded: ["SAP"] }, { term: "Salesforce", guarded: ["Salesforce"] }, "HubSpot", { term: "Workday", guarded: ["Workday"] },
  { term: "Adobe Photoshop", aliases: ["Photoshop"] },
  { term: "Adobe Illustrator", guarded: ["Illustrator"] },
  { term: "Adobe InDesign", aliases: ["InDesign"] },
  { term: "Adobe Premiere Pro", aliases: ["Premiere Pro"] },
  { term: "Adobe After Effects", aliases: ["After Effects"] },
  { term: "Adobe Lightroom", aliases: ["Lightroom"] },
  "Adobe XD", "Adobe Creative Suite", "Canva", "CorelDRAW", { term: "Sketch", guarded: ["Sketch"] }, "Final Cut Pro", "AutoCAD", "SolidWorks",
  "Revit", { term: "Blender", guarded: ["Blender"] },
  // Accounting and finance
  "Accounts Payable", "Accounts Receivable", "Payroll", "Bookkeeping", "General Ledger", "Financial Reporting",
  "Financial Analysis", "Financial Modeling", "Tax Preparation", "Tax Accounting", "Auditing", "Account Reconciliation",
  "Bank Reconciliation", "Balance Sheets", "GAAP", "IFRS", "Cost Accounting", "Accounting Software", "Invoicing",
  "Medical Billing", "Medical Coding", "Insurance Billing", "Budget Forecasting", "Budgeting",
  // Office and IT support
  "Data Entry", "Computer Hardware", "Hardware Installation", "Network Administration", "Inventory Management",
];

/** Short all-capital names ("SEM", "SAP", "LAN") are also ordinary letters: they count only as printed. */
const ACRONYM = /^[A-Z]{2,5}$/;

function toKeyword(spec: TermSpec): Keyword {
  const s = typeof spec === "string" ? { term: spec, guarded: ACRONYM.test(spec) ? [spec] : undefined } : spec;
  return keywordSchema.parse({
    term: s.term,
    aliases: s.aliases ?? [],
    variants: s.variants ?? [],
    guarded: (s.guarded ?? []).map((form) => (ACRONYM.test(form) ? { form } : field(form))),
    importance: "preferred",
    stem: s.stem ?? true,
  });
}

/** The list as profile keywords, validated by the profile schema. */
export function generalTerms(): Keyword[] {
  return SPECS.map(toKeyword);
}
