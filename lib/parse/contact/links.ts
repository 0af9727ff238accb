/**
 * Profile and website links: full URLs, "www." addresses, bare profile URLs ("github.com/jane"),
 * bare personal domains in the contact block, and handles labelled by a word ("LinkedIn: jane") or
 * a known icon. The url is reported without scheme and trailing slash.
 */
import type { ResumeLink } from "../../report/schema";
import { maskEmails } from "./emails";
import type { IconMeaning } from "./icons";

type LinkKind = ResumeLink["kind"];

const TLDS =
  "com|org|net|io|dev|me|ai|co|app|info|xyz|tech|site|online|page|blog|design|studio|codes|cloud|ly|sh|so|gg|" +
  "edu|gov|de|fr|es|it|nl|be|ch|at|uk|ie|pt|pl|se|no|dk|fi|cz|ru|ua|cn|jp|kr|in|au|nz|ca|us|br|mx|ar|cl|sg|hk|tw|" +
  "id|my|ph|vn|th|tr|il|za|eu|asia|name|pro|work|one|link|live|world|space|website|digital|works|ninja|rocks";

/** scheme or www., host, optional path. */
const URL_RE = new RegExp(
  `(?<![\\w@.-])(?:(?:https?|ftp)://[^\\s<>"'|,;]+|www\\.[^\\s<>"'|,;]+|(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+(?:${TLDS})(?![\\w-])(?:/[^\\s<>"'|,;]*)?)`,
  "giu",
);

const HOST_KINDS: [RegExp, LinkKind][] = [
  [/(^|\.)linkedin\.com$/i, "linkedin"],
  [/(^|\.)github\.com$/i, "github"],
  [/(^|\.)kaggle\.com$/i, "kaggle"],
  [/^scholar\.google\./i, "scholar"],
  [/(^|\.)(?:twitter|x|gitlab|orcid|medium|stackoverflow|behance|dribbble|facebook|instagram|youtube|xing|researchgate|mastodon\.social|bitbucket|leetcode|hackerrank|codepen|dev|substack|tiktok|weibo|zhihu|qiita|zenn)\.(?:com|org|io|to|net|dev|cn)$/i, "other"],
];

const LABELS: [RegExp, LinkKind, string | null][] = [
  [/^(?:linked\s?in|li)$/i, "linkedin", "linkedin.com/in/"],
  [/^(?:github|gh)$/i, "github", "github.com/"],
  [/^kaggle$/i, "kaggle", "kaggle.com/"],
  [/^(?:google\s+)?scholar$/i, "scholar", null],
  [/^(?:website|homepage|home\s?page|web|portfolio|site|blog|url|webseite|site web|sitio web|página web|个人网站|主页|博客|ホームページ)$/i, "portfolio", null],
  [/^(?:xing|twitter|x|gitlab|orcid|mastodon|medium|stack\s?overflow|researchgate|behance|dribbble|bitbucket|leetcode)$/i, "other", null],
];

/** A link's url as the contract wants it: no scheme, no trailing slash or punctuation. */
export function cleanUrl(url: string): string {
  return url
    .replace(/^(?:https?|ftp):\/\//i, "")
    .replace(/[).,;:!?\]]+$/, "")
    .replace(/\/+$/, "");
}

export function linkKind(url: string): LinkKind {
  const host = cleanUrl(url).split("/")[0].replace(/^www\./i, "");
  for (const [re, kind] of HOST_KINDS) if (re.test(host)) return kind;
  return "portfolio";
}

/** Links printed as URLs or domains in a piece of text (e-mail domains excluded). */
export function findUrls(text: string): ResumeLink[] {
  const out: ResumeLink[] = [];
  const masked = maskEmails(text);
  for (const m of masked.matchAll(URL_RE)) {
    const raw = m[0];
    // "Node.js", "e.g." and file names are not links: a bare domain needs a known TLD and no
    // upper-case camel humps ("ASP.NET").
    if (!/^(?:https?|ftp):\/\/|^www\./i.test(raw) && /[A-Z].*\.[A-Z]{2,}$/.test(raw)) continue;
    const url = cleanUrl(raw);
    if (!url.includes(".")) continue;
    out.push({ kind: linkKind(url), url });
  }
  return out;
}

/** "LinkedIn: jane-doe", "GitHub – janedoe": a handle after a network's name. */
export function labelledHandle(text: string): ResumeLink | null {
  const m = /^([\p{L} ]{1,20}?)\s*[:：–—-]\s*(@?[\w.@-]{2,60})$/u.exec(text.trim());
  if (!m) return null;
  for (const [re, kind] of LABELS) {
    if (!re.test(m[1].trim())) continue;
    return { kind, url: m[2] };
  }
  return null;
}

/** Labels of a personal site in languages whose words are not split by spaces ("技术博客"). */
const CJK_SITE_LABEL = /(?:博客|主页|网站|網站|ホームページ|ブログ|サイト)$/u;

/**
 * "GitHub: https://github.com/jane", "• Blog – jane.dev": a URL after a label naming a network or a
 * personal site. Network URLs must point at a profile, not at one repository or post.
 */
export function labelledLink(text: string): ResumeLink | null {
  const m = /^[\p{P}\p{S}\s]*([\p{L} ]{1,20}?)\s*[:：–—-]\s*(\S+)$/u.exec(text.trim());
  if (!m) return null;
  const label = m[1].trim();
  if (!isNetworkName(label) && !CJK_SITE_LABEL.test(label)) return null;
  const [link] = findUrls(m[2]);
  if (!link || !isProfileUrl(link)) return null;
  return link;
}

/** A profile or personal site, not a repository, post or document on a network. */
function isProfileUrl(link: ResumeLink): boolean {
  const path = cleanUrl(link.url).split(/[?#]/)[0].split("/").slice(1).filter(Boolean);
  if (link.kind === "github" || link.kind === "kaggle") return path.length <= 1;
  if (link.kind === "linkedin") return path.length <= 2;
  return link.kind === "portfolio" || link.kind === "scholar" || path.length <= 2;
}

/** True when the text is only a network's or site's name ("LinkedIn", "GitHub", "Website"). */
export function isNetworkName(text: string): boolean {
  return LABELS.some(([re]) => re.test(text.trim()));
}

/** A bare handle after a known icon glyph. */
export function iconHandle(icon: IconMeaning | null, text: string): ResumeLink | null {
  if (!icon || !/^@?[\w.@-]{2,60}$/u.test(text.trim())) return null;
  const kind: LinkKind | null =
    icon === "linkedin" ? "linkedin" : icon === "github" ? "github" : icon === "kaggle" ? "kaggle" : icon === "scholar" ? "scholar" :
    icon === "gitlab" || icon === "twitter" || icon === "orcid" || icon === "profile" ? "other" : null;
  return kind ? { kind, url: text.trim() } : null;
}

/**
 * A hyperlink target behind printed text, when the text only stands for it: a label ("LinkedIn",
 * "Portfolio") or a handle that the target spells out ("jdoe" → github.com/jdoe). Web targets only.
 */
export function linkBehind(target: string, printed: string): ResumeLink | null {
  if (!/^https?:\/\//i.test(target)) return null;
  const url = cleanUrl(target);
  if (!url.includes(".")) return null;
  const handle = printed.trim().toLowerCase().replace(/^@/, "");
  const explains = isNetworkName(printed) || (handle.length >= 2 && url.toLowerCase().includes(handle));
  return explains ? { kind: linkKind(url), url } : null;
}
