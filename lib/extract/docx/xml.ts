/**
 * A small, tolerant XML reader for the parts of a Word package.
 *
 * Why not a general parser: a DOCX comes from strangers, so the reader must never resolve entities
 * beyond the five predefined ones and character references (no external entities, no "billion
 * laughs"), and must not give up on a slightly malformed part that Word itself opens. A document
 * type declaration has no business in an OOXML part and is refused outright.
 *
 * Namespace prefixes are rewritten to the conventional ones ("w:", "wp:", "v:"...) from their URIs,
 * so a part written with unusual prefixes still reads as `w:p`.
 */
import { InputError } from "../../errors";

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

const CANONICAL_PREFIX: Record<string, string> = {
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main": "w",
  "http://purl.oclc.org/ooxml/wordprocessingml/main": "w",
  "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing": "wp",
  "http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing": "wp",
  "http://schemas.openxmlformats.org/drawingml/2006/main": "a",
  "http://purl.oclc.org/ooxml/drawingml/main": "a",
  "http://schemas.openxmlformats.org/drawingml/2006/picture": "pic",
  "http://purl.oclc.org/ooxml/drawingml/picture": "pic",
  "http://schemas.openxmlformats.org/drawingml/2006/chart": "c",
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships": "r",
  "http://purl.oclc.org/ooxml/officeDocument/relationships": "r",
  "http://schemas.openxmlformats.org/package/2006/relationships": "rel",
  "http://schemas.openxmlformats.org/markup-compatibility/2006": "mc",
  "http://schemas.microsoft.com/office/word/2010/wordprocessingShape": "wps",
  "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup": "wpg",
  "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas": "wpc",
  "http://schemas.openxmlformats.org/officeDocument/2006/math": "m",
  "urn:schemas-microsoft-com:vml": "v",
  "urn:schemas-microsoft-com:office:office": "o",
  "http://schemas.openxmlformats.org/package/2006/metadata/core-properties": "cp",
  "http://purl.org/dc/elements/1.1/": "dc",
  "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties": "ep",
};

/**
 * Word's deepest real structures (tables in text boxes in content controls) stay well under 100
 * levels; thousands of levels only serve to overflow the stack of the recursive walkers.
 */
export const MAX_XML_DEPTH = 512;

const PREDEFINED_ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

export function parseXml(source: string, partName = "xml part"): XmlElement {
  if (/<!DOCTYPE|<!ENTITY/i.test(source)) {
    throw new InputError("corrupt", `${partName} declares a document type, which Word never writes`);
  }
  const root: XmlElement = { name: "#document", attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  const scopes: Array<Map<string, string>> = [new Map([["xml", "xml"]])];
  let pos = 0;
  const length = source.length;

  while (pos < length) {
    const lt = source.indexOf("<", pos);
    if (lt === -1) {
      appendText(stack[stack.length - 1], source.slice(pos));
      break;
    }
    if (lt > pos) appendText(stack[stack.length - 1], source.slice(pos, lt));

    if (source.startsWith("<!--", lt)) {
      pos = skipPast(source, "-->", lt + 4);
    } else if (source.startsWith("<![CDATA[", lt)) {
      const end = source.indexOf("]]>", lt + 9);
      const stop = end === -1 ? length : end;
      appendRaw(stack[stack.length - 1], source.slice(lt + 9, stop));
      pos = end === -1 ? length : end + 3;
    } else if (source.startsWith("<?", lt) || source.startsWith("<!", lt)) {
      pos = skipPast(source, ">", lt + 2);
    } else if (source[lt + 1] === "/") {
      const gt = source.indexOf(">", lt);
      const rawName = source.slice(lt + 2, gt === -1 ? length : gt).trim();
      closeElement(stack, scopes, resolveName(rawName, scopes[scopes.length - 1], true));
      pos = gt === -1 ? length : gt + 1;
    } else {
      const gt = findTagEnd(source, lt + 1);
      const selfClosing = source[gt - 1] === "/";
      const body = source.slice(lt + 1, selfClosing ? gt - 1 : gt);
      const { rawName, rawAttrs } = splitTag(body);
      const scope = declareNamespaces(rawAttrs, scopes[scopes.length - 1]);
      const element: XmlElement = { name: resolveName(rawName, scope, true), attrs: {}, children: [] };
      for (const [key, value] of Object.entries(rawAttrs)) {
        if (key === "xmlns" || key.startsWith("xmlns:")) continue;
        element.attrs[resolveName(key, scope, false)] = value;
      }
      stack[stack.length - 1].children.push(element);
      if (!selfClosing) {
        if (stack.length > MAX_XML_DEPTH) throw new InputError("corrupt", `${partName} nests elements more than ${MAX_XML_DEPTH} deep`);
        stack.push(element);
        scopes.push(scope);
      }
      pos = gt === length ? length : gt + 1;
    }
  }
  const top = root.children.find((c): c is XmlElement => typeof c !== "string");
  if (!top) throw new InputError("corrupt", `${partName} holds no XML element`);
  return top;
}

/** Children that are elements, optionally only those with the given name. */
export function elements(node: XmlElement, name?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const child of node.children) if (typeof child !== "string" && (!name || child.name === name)) out.push(child);
  return out;
}

export function child(node: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!node) return undefined;
  for (const c of node.children) if (typeof c !== "string" && c.name === name) return c;
  return undefined;
}

/** Every descendant element with this name, in document order (not descending into matches). */
export function findAll(node: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of node.children) {
    if (typeof c === "string") continue;
    if (c.name === name) out.push(c);
    else findAll(c, name, out);
  }
  return out;
}

/** All text nodes below, concatenated. */
export function textContent(node: XmlElement): string {
  let out = "";
  for (const c of node.children) out += typeof c === "string" ? c : textContent(c);
  return out;
}

export function attr(node: XmlElement | undefined, name: string): string | undefined {
  return node?.attrs[name];
}

function appendText(parent: XmlElement, raw: string): void {
  appendRaw(parent, decodeEntities(raw));
}

function appendRaw(parent: XmlElement, text: string): void {
  if (!text) return;
  const last = parent.children[parent.children.length - 1];
  if (typeof last === "string") parent.children[parent.children.length - 1] = last + text;
  else parent.children.push(text);
}

function skipPast(source: string, marker: string, from: number): number {
  const end = source.indexOf(marker, from);
  return end === -1 ? source.length : end + marker.length;
}

/** Index of the ">" closing a start tag, skipping ">" inside quoted attribute values. */
function findTagEnd(source: string, from: number): number {
  let quote = "";
  for (let i = from; i < source.length; i++) {
    const ch = source[i];
    if (quote) {
      if (ch === quote) quote = "";
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === ">") {
      return i;
    }
  }
  return source.length;
}

const ATTR_RE = /([^\s=/]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

function splitTag(body: string): { rawName: string; rawAttrs: Record<string, string> } {
  const nameEnd = body.search(/[\s/]/);
  const rawName = nameEnd === -1 ? body : body.slice(0, nameEnd);
  const rawAttrs: Record<string, string> = {};
  if (nameEnd !== -1) {
    ATTR_RE.lastIndex = nameEnd;
    for (let m = ATTR_RE.exec(body); m; m = ATTR_RE.exec(body)) {
      rawAttrs[m[1]] = decodeEntities(m[3] ?? m[4] ?? "");
    }
  }
  return { rawName, rawAttrs };
}

/** A new prefix scope when this element declares namespaces, else the parent's. */
function declareNamespaces(rawAttrs: Record<string, string>, parent: Map<string, string>): Map<string, string> {
  let scope = parent;
  for (const [key, uri] of Object.entries(rawAttrs)) {
    if (key !== "xmlns" && !key.startsWith("xmlns:")) continue;
    if (scope === parent) scope = new Map(parent);
    const prefix = key === "xmlns" ? "" : key.slice(6);
    scope.set(prefix, CANONICAL_PREFIX[uri] ?? prefix);
  }
  return scope;
}

/** "ns0:p" → "w:p" when ns0 is bound to the WordprocessingML namespace. */
function resolveName(raw: string, scope: Map<string, string>, isElement: boolean): string {
  const colon = raw.indexOf(":");
  if (colon === -1) {
    // Unprefixed attributes are in no namespace; unprefixed elements are in the default one.
    if (!isElement) return raw;
    const prefix = scope.get("");
    return prefix ? `${prefix}:${raw}` : raw;
  }
  const prefix = raw.slice(0, colon);
  const canonical = scope.get(prefix) ?? prefix;
  return `${canonical}:${raw.slice(colon + 1)}`;
}

/** Pops to the matching open element; a stray close tag with no match is ignored. */
function closeElement(stack: XmlElement[], scopes: Array<Map<string, string>>, name: string): void {
  for (let i = stack.length - 1; i > 0; i--) {
    if (stack[i].name === name) {
      stack.length = i;
      scopes.length = i;
      return;
    }
  }
}

function decodeEntities(raw: string): string {
  if (!raw.includes("&")) return raw;
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref[0] === "#") {
      const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : "";
    }
    return PREDEFINED_ENTITIES[ref] ?? whole;
  });
}
