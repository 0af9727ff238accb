/**
 * Verbs that open resume bullets ("Managed…", "Train new staff…", "Developing…"). A line that starts
 * with one is a description even when its bullet glyph was lost (DOC files, plain paragraphs).
 */
const VERBS = [
  "accelerate", "accomplish", "achieve", "act", "adapt", "address", "administer", "advise", "advocate", "align",
  "analyze", "analyse", "answer", "apply", "architect", "arrange", "assess", "assist", "attend", "audit", "automate",
  "build", "calculate", "champion", "coach", "collaborate", "collect", "communicate", "compile", "complete",
  "compute", "conduct", "configure", "consolidate", "construct", "consult", "contribute", "coordinate", "craft",
  "create", "cultivate", "cut", "debug", "decrease", "define", "deliver", "demonstrate", "deploy", "design",
  "develop", "devise", "diagnose", "direct", "discover", "document", "double", "draft", "drive", "edit", "educate",
  "eliminate", "enable", "engineer", "enhance", "ensure", "establish", "evaluate", "execute", "expand", "facilitate",
  "file", "forecast", "foster", "gather", "generate", "grow", "guide", "handle", "help", "identify", "implement",
  "improve", "increase", "influence", "initiate", "innovate", "inspect", "install", "instruct", "integrate",
  "interact", "interview", "introduce", "investigate", "launch", "lead", "led", "leverage", "maintain", "manage",
  "market", "measure", "meet", "mentor", "merge", "migrate", "minimize", "model", "monitor", "motivate", "negotiate",
  "operate", "optimize", "optimise", "orchestrate", "organize", "organise", "oversee", "own", "participate",
  "partner", "perform", "pioneer", "plan", "prepare", "present", "prioritize", "process", "produce", "program",
  "promote", "propose", "prototype", "provide", "publish", "raise", "recommend", "reconcile", "record", "recruit",
  "redesign", "reduce", "refactor", "refine", "release", "remediate", "represent", "research", "resolve",
  "restructure", "review", "revamp", "rewrite", "run", "save", "scale", "schedule", "secure", "select", "serve",
  "set", "ship", "simplify", "solve", "spearhead", "speak", "standardize", "streamline", "strengthen",
  "supervise", "support", "survey", "teach", "test", "track", "train", "transform", "translate", "travel",
  "troubleshoot", "tutor", "update", "upgrade", "use", "utilize", "validate", "verify", "volunteer", "win", "won",
  "work", "write", "wrote", "built", "ran", "grew", "drove", "taught", "oversaw", "spoke", "sold", "brought",
  "made", "took", "gave", "kept", "found", "held", "met", "set",
];

const FORMS = new Set<string>();
for (const v of VERBS) {
  const stem = v.endsWith("e") ? v.slice(0, -1) : v;
  FORMS.add(v);
  FORMS.add(`${v}s`);
  FORMS.add(v.endsWith("e") ? `${v}d` : `${v}ed`);
  FORMS.add(`${stem}ing`);
  if (/[^aeiou][aeiou][bdglmnprt]$/.test(v)) {
    FORMS.add(`${v}${v.slice(-1)}ed`); // planned, shipped
    FORMS.add(`${v}${v.slice(-1)}ing`);
  }
  if (v.endsWith("y")) FORMS.add(`${v.slice(0, -1)}ied`); // applied, verified
}

/** True when the text opens with an action verb ("Managed a team", "Train new staff"). */
export function startsWithActionVerb(text: string): boolean {
  const first = /^\p{L}+/u.exec(text.trim())?.[0]?.toLowerCase();
  return !!first && FORMS.has(first);
}
