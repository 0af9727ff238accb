/**
 * Icon-font glyphs that label contact items. Font Awesome (4, 5 and 6 share most code points) is
 * by far the most common in LaTeX, HTML and Typst resume templates; its private-use code points say
 * what the value after them is ("" before "rendercv" means a LinkedIn handle).
 */

export type IconMeaning = "email" | "phone" | "mobile" | "fax" | "location" | "web" | "linkedin" | "github" | "gitlab" | "twitter" | "orcid" | "scholar" | "kaggle" | "other";

const FONT_AWESOME: Record<number, IconMeaning> = {
  0xf0e0: "email", 0xf003: "email", 0xf199: "email", 0xf2b6: "email",
  0xf095: "phone", 0xf098: "phone", 0xf879: "phone", 0xf2a0: "phone",
  0xf10b: "mobile", 0xf3cd: "mobile", 0xf3ce: "mobile",
  0xf1ac: "fax",
  0xf041: "location", 0xf3c5: "location", 0xf276: "location", 0xf015: "location",
  0xf0ac: "web", 0xf0c1: "web", 0xf57d: "web", 0xf35d: "web",
  0xf08c: "linkedin", 0xf0e1: "linkedin",
  0xf09b: "github", 0xf092: "github", 0xf113: "github",
  0xf296: "gitlab",
  0xf099: "twitter", 0xf081: "twitter", 0xe61b: "twitter",
  0xf8d2: "orcid",
  0xf5fa: "kaggle",
  0xf19d: "scholar",
};

/** What a private-use glyph stands for, when it is a known icon. */
export function iconMeaning(ch: string): IconMeaning | null {
  const cp = ch.codePointAt(0);
  return cp != null && cp in FONT_AWESOME ? FONT_AWESOME[cp] : null;
}

export interface IconSegment {
  icon: IconMeaning | null;
  text: string;
}

/**
 * Splits a contact line at icon glyphs and printed separators ("|", "•", "·", wide gaps), keeping
 * the meaning of the icon that leads each piece.
 */
export function contactSegments(raw: string): IconSegment[] {
  const out: IconSegment[] = [];
  let icon: IconMeaning | null = null;
  // Icons, printed separators, wide gaps, spaced dashes and " , " (a space before the comma).
  const splitter = /[\uE000-\uF8FF\u{F0000}-\u{FFFFD}]|[|•·●◦▪■♦⋄∙‣\t\uFFFD]|\s{3,}|\s[–—]\s|\s,\s/gu;
  let last = 0;
  const push = (end: number) => {
    const text = raw.slice(last, end).replace(/\s+/g, " ").trim();
    if (text) out.push({ icon, text });
    if (text) icon = null;
  };
  for (const m of raw.matchAll(splitter)) {
    push(m.index);
    last = m.index + m[0].length;
    if (/^[\uE000-\uF8FF\u{F0000}-\u{FFFFD}]$/u.test(m[0])) icon = iconMeaning(m[0]) ?? "other";
  }
  push(raw.length);
  return out;
}
