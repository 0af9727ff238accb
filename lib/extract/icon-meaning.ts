/**
 * What an icon glyph stands for ("" before "janedoe" means a GitHub handle). An ATS drops or garbles
 * the icon; a reader sees the label it replaces, so the document model keeps that meaning on the
 * icon's span for the parser. Three sources, most specific first:
 * - the glyph's name in the font's encoding ("github", "linkedin-in", "map_marker"): LaTeX's
 *   fontawesome packages re-encode the icons onto ordinary letter codes, so only the name tells;
 * - a Font Awesome private-use code point (FA 4–7 share most of them), as HTML and Typst templates
 *   and Word documents print them;
 * - the character code in a classic symbol font (marvosym's telephone and letter).
 */

export type IconMeaning =
  | "email" | "phone" | "mobile" | "fax" | "location" | "web"
  | "linkedin" | "github" | "gitlab" | "twitter" | "orcid" | "scholar" | "kaggle"
  /** Another network's logo (Mastodon, Stack Overflow, Medium...): a profile handle follows. */
  | "profile"
  /** A calendar or clock: dates follow. */
  | "date"
  /** A list bullet drawn with an icon font: the same glyph opening several aligned list items. */
  | "bullet"
  /** An icon whose meaning is unknown. */
  | "other";

const FONT_AWESOME: Record<number, IconMeaning> = {
  0xf0e0: "email", 0xf003: "email", 0xf199: "email", 0xf2b6: "email", 0xf1fa: "email",
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
  0xf4f6: "profile", 0xf16c: "profile", 0xf23a: "profile",
  0xf073: "date", 0xf133: "date", 0xf017: "date", 0xf274: "date", 0xf783: "date",
};

/**
 * Glyph names as icon fonts spell them (FA4 uses "_", FA5+ "-"), after dropping style suffixes
 * ("-alt", "-square", "-sign", "-in", "-o"): "linkedin_sign" and "linkedin-in" are both "linkedin".
 */
const NAMES: [RegExp, IconMeaning][] = [
  [/^(envelope|mail|email|at|inbox|paper-?plane)$/, "email"],
  [/^(phone|telephone|phone-volume|phone-flip)$/, "phone"],
  [/^(mobile|mobile-phone|mobile-screen|mobile-button|mobile-retro|mobilefone)$/, "mobile"],
  [/^fax$/, "fax"],
  [/^(map-marker|map-pin|location|location-dot|location-pin|home|house|map|address-card|address-book|street-view)$/, "location"],
  [/^(globe|globe-americas|globe-europe|globe-asia|earth|link|external-link|chain|mundus|world)$/, "web"],
  [/^linkedin$/, "linkedin"],
  [/^github$/, "github"],
  [/^gitlab$/, "gitlab"],
  [/^(twitter|x-twitter|xicon|x)$/, "twitter"],
  [/^orcid$/, "orcid"],
  [/^kaggle$/, "kaggle"],
  [/^(google-scholar|googlescholar|graduation-cap)$/, "scholar"],
  [/^(calendar|calendar-days|calendar-check|calendar-day|calendar-week|event|clock|time|hourglass|hourglass-half)$/, "date"],
  [/^(mastodon|stack-overflow|stackoverflow|medium|medium-m|researchgate|bitbucket|behance|dribbble|codepen|dev|hackerrank|leetcode|xing|skype|telegram|discord|instagram|facebook|facebook-f|youtube|reddit|blogger|wordpress|rss)$/, "profile"],
];

const SUFFIX = /(?:-(?:alt|square|sign|in|o|circle|solid|regular|brands|open|round|rounded|outline|fill|filled))+$/;

/** marvosym (moderncv, Jake's resume): \Letter, \Mobilefone, \Telefon, \Fax, \Mundus by character code. */
const MARVOSYM: Record<number, IconMeaning> = { 66: "email", 67: "email", 72: "mobile", 84: "phone", 117: "fax", 205: "web" };

/** The meaning of a Font Awesome private-use code point, or null. */
export function iconMeaningOfCodePoint(cp: number): IconMeaning | null {
  return FONT_AWESOME[cp] ?? null;
}

/** The meaning of an icon glyph name ("linkedin-in", "envelope_alt"), or null. */
export function iconMeaningOfName(name: string): IconMeaning | null {
  const key = name.toLowerCase().replace(/_/g, "-").replace(/^(fa|fab|fas|far|ai|mdi|bi|ri)-/, "");
  for (const candidate of [key, key.replace(SUFFIX, "")]) {
    for (const [re, meaning] of NAMES) if (re.test(candidate)) return meaning;
  }
  return null;
}

export interface IconGlyphFacts {
  /** Unicode the font maps the glyph to (may be a private-use code or an unrelated letter). */
  text: string;
  /** Base font name ("FontAwesome5Brands-Regular", "MarVoSym"). */
  fontName: string;
  /** The glyph's name in the font's encoding, when the font has one. */
  glyphName: string | null;
  /** The character code in the content stream. */
  code: number | null;
}

/** What an icon glyph stands for: "other" when it is an icon of unknown meaning. */
export function iconMeaningOf(glyph: IconGlyphFacts): IconMeaning {
  const byName = glyph.glyphName ? iconMeaningOfName(glyph.glyphName) : null;
  if (byName) return byName;
  const cp = glyph.text.codePointAt(0);
  const byCode = cp != null ? iconMeaningOfCodePoint(cp) : null;
  if (byCode) return byCode;
  if (/marvosym/i.test(glyph.fontName) && glyph.code != null) return MARVOSYM[glyph.code] ?? "other";
  return "other";
}
