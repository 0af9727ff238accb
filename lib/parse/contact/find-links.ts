/**
 * The candidate's links: every URL, labelled handle, icon-labelled handle and hyperlinked label in
 * the contact zone, plus links labelled as the candidate's own ("GitHub: github.com/jane",
 * "Blog: jane.dev") in any section that does not describe work (a project's repository is not a
 * profile). A handle and the full profile URL behind it count once, as the URL.
 */
import type { ResumeLink } from "../../report/schema";
import type { ParseLine } from "../lines";
import { lineSegments } from "./icons";
import { cleanUrl, findUrls, iconHandle, isNetworkName, labelledHandle, labelledLink, linkBehind } from "./links";

export function findLinks(zone: ParseLine[], elsewhere: ParseLine[]): ResumeLink[] {
  const out: ResumeLink[] = [];
  const add = (link: ResumeLink) => {
    const url = cleanUrl(link.url);
    const key = sameLinkKey(url);
    const twin = out.findIndex((o) => {
      const other = sameLinkKey(o.url);
      return o.kind === link.kind && (other === key || key.endsWith(`/${other}`) || other.endsWith(`/${key}`));
    });
    if (twin < 0) out.push({ kind: link.kind, url });
    else if (key.length > sameLinkKey(out[twin].url).length) out[twin] = { kind: link.kind, url };
  };
  for (let i = 0; i < zone.length; i++) {
    const line = zone[i];
    for (const segment of lineSegments(line.raw, line.spans)) {
      const urls = findUrls(segment.text);
      if (urls.length) {
        urls.forEach(add);
        continue;
      }
      const handle = labelledHandle(segment.text) ?? iconHandle(segment.icon, segment.text);
      // The hyperlink behind a label or a handle is the link itself.
      const behind = segment.link ? linkBehind(segment.link, handle?.url ?? segment.text) : null;
      if (behind) add(behind.kind === "portfolio" && handle ? { kind: handle.kind, url: behind.url } : behind);
      else if (handle) add(handle);
    }
    // A handle above its network's name: "johndoe" / "LinkedIn".
    const below = zone[i + 1];
    if (below && /^@?[\w.-]{2,40}$/.test(line.text) && !findUrls(line.text).length && !isNetworkName(line.text)) {
      const handle = labelledHandle(`${below.text}: ${line.text}`);
      if (handle) add(handle);
    }
  }
  for (const line of elsewhere) {
    for (const segment of lineSegments(line.raw, line.spans)) {
      const link = labelledLink(segment.text);
      if (link) add(link);
    }
  }
  return out;
}

/** A url compared loosely: lower case, no "www.", no "@" before a handle. */
function sameLinkKey(url: string): string {
  return url.toLowerCase().replace(/^www\./, "").replace(/(^|\/)@/, "$1");
}
