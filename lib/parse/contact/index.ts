/**
 * Contact details: name, e-mails, phones, location and links, read from the contact zone — the
 * lines before the first section heading, personal/contact sections, and page headers and footers —
 * with the rest of the document (minus references) as a fallback for e-mails and labelled phones.
 */
import type { Contact } from "../../report/schema";
import type { ParseLine, ParsedText } from "../lines";
import { findEmails, maskEmails } from "./emails";
import { lineSegments } from "./icons";
import { findLinks } from "./find-links";
import { findLocation, scanLocation, type LocationMatch } from "./location";
import type { NameResult } from "./name";
import { findPhones, phoneKey } from "./phones";

export interface ContactZones {
  /** Index of the first section heading line (lines before it are the header). */
  firstHeading: number;
  /** Index of the first heading after the name (the name's own block runs up to it). */
  nextHeadingAfterName: number;
  /** Lines inside personal/contact sections. */
  personal: Set<number>;
  /** Lines inside references sections: other people's details. */
  references: Set<number>;
  /** Lines describing work (experience, projects, publications): their links are not the candidate's profiles. */
  othersWork: Set<number>;
}

/** Lines after the name still read as its contact block when no heading intervenes. */
const NAME_BLOCK = 15;

export function extractContact(parsed: ParsedText, name: NameResult, zones: ContactZones): Contact {
  const { lines } = parsed;
  // The header, the lines under the name (a sidebar may put a heading above the name), personal
  // sections, and page headers and footers.
  const nameStart = name.lines[0] ?? -1;
  const nameEnd = Math.min(zones.nextHeadingAfterName, nameStart + NAME_BLOCK);
  const inZone = (l: ParseLine) =>
    l.index < zones.firstHeading ||
    (l.index >= nameStart && l.index < nameEnd) ||
    zones.personal.has(l.index) ||
    l.source === "header" ||
    l.source === "footer";
  const zone = lines.filter((l) => inZone(l) && !zones.references.has(l.index));
  const rest = lines.filter((l) => !inZone(l) && !zones.references.has(l.index));

  // An address may be printed only as a label ("Email") over a mailto: link.
  const emails = unique([...zone.flatMap((l) => findEmails(l.raw)), ...linkTargets(zone, "mailto:").flatMap(findEmails)]);
  if (!emails.length) emails.push(...unique(rest.flatMap((l) => findEmails(l.raw))));

  const phones = findAllPhones(zone, "any");
  if (!phones.length) phones.push(...unique(linkTargets(zone, "tel:").flatMap((t) => findPhones(t).map((p) => p.text))));
  if (!phones.length) phones.push(...findAllPhones(rest, "labelled-or-alone"));

  return {
    name: name.name,
    emails,
    phones,
    location: findZoneLocation(zone, new Set(name.lines)),
    links: findLinks(zone, rest.filter((l) => !zones.othersWork.has(l.index))),
  };
}

/** Targets of the hyperlinks in the lines with this scheme, the scheme and any "?subject=" cut off. */
function linkTargets(lines: ParseLine[], scheme: "mailto:" | "tel:"): string[] {
  const out: string[] = [];
  for (const l of lines) {
    for (const s of l.spans) {
      if (!s.link?.toLowerCase().startsWith(scheme)) continue;
      try {
        out.push(decodeURIComponent(s.link.slice(scheme.length).split("?")[0]));
      } catch {
        out.push(s.link.slice(scheme.length).split("?")[0]);
      }
    }
  }
  return out;
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}

/**
 * Phones in order, de-duplicated by digits. Outside the contact zone only a labelled number, or
 * one standing alone in its line or icon segment, counts.
 */
function findAllPhones(lines: ParseLine[], accept: "any" | "labelled-or-alone"): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    // A label on the line before ("Phone" / "090-1234-5678" in a form layout) counts too.
    const prevLabel = i > 0 && /^(?:phone|tel\.?|telephone|mobile|cell|電話|电话|手机|携帯電話番号|携帯電話|連絡先)\s*[:：]?$/iu.test(lines[i - 1].text);
    const prevFax = i > 0 && /^(?:fax|telefax)\s*[:：]?$/i.test(lines[i - 1].text);
    for (const segment of lineSegments(line.raw, line.spans)) {
      if (segment.icon === "fax") continue;
      for (const phone of findPhones(segment.text)) {
        const alone = segment.text.replace(phone.text, "").replace(/[^\p{L}\p{N}]/gu, "").length <= 2;
        if (accept !== "any" && !phone.labelled && !prevLabel && !alone) continue;
        if (prevFax && !phone.labelled) continue;
        const key = phoneKey(phone.text);
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(phone.text);
      }
    }
  }
  return out;
}

function findZoneLocation(zone: ParseLine[], nameLines: Set<number>): string | null {
  let best: (LocationMatch & { at: number }) | null = null;
  for (let i = 0; i < zone.length; i++) {
    const line = zone[i];
    if (nameLines.has(line.index)) continue;
    for (const segment of lineSegments(line.raw, line.spans)) {
      const found = scanLocation(withoutContactItems(segment.text));
      if (!found) continue;
      // After another item's icon only an unmistakable place counts ("Portland, OR" after an envelope).
      if (segment.icon && segment.icon !== "location" && segment.icon !== "other" && found.rank < 3) continue;
      const rank = found.rank + (segment.icon === "location" ? 1 : 0);
      if (!best || rank > best.rank) best = { ...found, rank, at: i };
    }
  }
  if (!best) return null;
  // An address set over lines: "12345 Berlin" then "Deutschland" — add the country line.
  const next = zone[best.at + 1];
  const nextPlace = next ? findLocation(next.text) : null;
  if (nextPlace && nextPlace.rank === 2 && !best.text.includes(nextPlace.text) && best.rank <= 3) {
    return `${best.text}, ${nextPlace.text}`;
  }
  // "Address: 500 Grant Street, Pittsburgh, PA" wrapped before its ZIP code "15219".
  if (next && /^\d{5}(?:-\d{4})?$/.test(next.text.trim()) && /,\s*[A-Z]{2}$/.test(best.text)) return `${best.text} ${next.text.trim()}`;
  return best.text;
}

/** The text with e-mails, URLs and phone numbers blanked, leaving places and names. */
function withoutContactItems(text: string): string {
  let out = maskEmails(text).replace(/(?:https?:\/\/|www\.)\S+/gi, " ");
  for (const p of findPhones(out)) out = out.replace(p.text, " ");
  return out.replace(/\s+/g, " ").trim();
}
