/**
 * Document properties: title and author from docProps/core.xml, the writing application and the
 * page count Word stored at its last save from docProps/app.xml.
 */
import type { DocumentMetadata } from "../model";
import { child, textContent, type XmlElement } from "./xml";

export interface PackageProperties {
  metadata: DocumentMetadata;
  /** Pages as Word counted them when saving; null when absent (python-docx, some converters). */
  storedPages: number | null;
}

export function readProperties(core: XmlElement | null, app: XmlElement | null): PackageProperties {
  const value = (root: XmlElement | null, name: string) => {
    const el = child(root ?? undefined, name);
    const text = el ? textContent(el).trim() : "";
    return text || null;
  };
  const application = value(app, "ep:Application");
  const version = value(app, "ep:AppVersion");
  const pages = Number(value(app, "ep:Pages"));
  return {
    metadata: {
      title: value(core, "dc:title"),
      author: value(core, "dc:creator"),
      producer: application ? (version ? `${application} ${version}` : application) : null,
      creator: application,
    },
    storedPages: Number.isInteger(pages) && pages > 0 ? pages : null,
  };
}

/** Characters a typical resume page holds; used only when the package stores no page count. */
const CHARS_PER_PAGE = 3000;

export interface PageEvidence {
  storedPages: number | null;
  /** Explicit page breaks (manual breaks, next-page sections). */
  pageBreaks: number;
  /** Page breaks Word recorded at its last layout. */
  renderedPageBreaks: number;
  textLength: number;
}

/**
 * The stored count when present, but never fewer pages than the explicit page breaks imply; else
 * Word's last layout, else an estimate from the text length.
 */
export function pageCount(e: PageEvidence): number {
  const byBreaks = e.pageBreaks + 1;
  if (e.storedPages !== null) return Math.max(e.storedPages, byBreaks);
  if (e.renderedPageBreaks > 0) return Math.max(e.renderedPageBreaks + 1, byBreaks);
  return Math.max(1, Math.ceil(e.textLength / CHARS_PER_PAGE), byBreaks);
}
