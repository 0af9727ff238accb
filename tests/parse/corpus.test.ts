/**
 * The parser on the shared evaluation corpus (real template resumes with hand labels), scored the
 * way ../shared/tools/eval.py scores it. Skipped when the corpus is absent.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { extractDocument } from "../../lib/extract";
import { parseResume, type ParsedResume } from "../../lib/parse";

const CORPUS = path.resolve(__dirname, "../../../shared/corpus");

interface Label {
  file: string;
  text_layer: boolean;
  name: string | null;
  emails: string[];
  phones: string[];
  sections: { kind: string; heading: string }[];
  experience: { title: string | null; company: string | null }[];
}

/** eval.py's `norm`: NFKC, lower case, punctuation except @ . + turned into spaces. */
const norm = (s: string | null | undefined) =>
  (s ?? "")
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}_@.+]+/gu, " ")
    .trim();
const digits = (p: string) => {
  const d = p.replace(/\D/g, "");
  return d.length >= 9 ? d.slice(-9) : d;
};
/** eval.py's `similar`, without the edit-ratio fallback (so a little stricter). */
const similar = (a: string | null, b: string | null) => {
  const [x, y] = [norm(a), norm(b)];
  return !!x && !!y && (x === y || x.includes(y) || y.includes(x));
};

describe.skipIf(!existsSync(path.join(CORPUS, "labels")))("parse on the evaluation corpus", () => {
  const results: { label: Label; parsed: ParsedResume }[] = [];

  beforeAll(async () => {
    const labels = readdirSync(path.join(CORPUS, "labels"))
      .filter((f) => f.endsWith(".json"))
      .map((f) => JSON.parse(readFileSync(path.join(CORPUS, "labels", f), "utf8")) as Label)
      .filter((l) => l.text_layer);
    for (const label of labels) {
      const doc = await extractDocument(new Uint8Array(readFileSync(path.join(CORPUS, label.file))));
      results.push({ label, parsed: parseResume(doc) });
    }
  }, 180_000);

  it("gets the name, e-mails and phones of at least 9 in 10 files", () => {
    const named = results.filter((r) => r.label.name);
    const names = named.filter((r) => norm(r.parsed.contact.name) === norm(r.label.name)).length;
    const emails = results.flatMap((r) => r.label.emails.map((e) => r.parsed.contact.emails.includes(e.toLowerCase())));
    const phones = results.flatMap((r) => r.label.phones.map((p) => r.parsed.contact.phones.map(digits).includes(digits(p))));
    expect(names / named.length).toBeGreaterThanOrEqual(0.9);
    expect(emails.filter(Boolean).length / emails.length).toBeGreaterThanOrEqual(0.9);
    expect(phones.filter(Boolean).length / phones.length).toBeGreaterThanOrEqual(0.9);
  });

  it("finds the labelled section kinds (F1 ≥ 0.9)", () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const { label, parsed } of results) {
      const want = new Set(label.sections.map((s) => s.kind).filter((k) => k !== "other"));
      const got = new Set<string>(parsed.sections.map((s) => s.kind).filter((k) => k !== "other"));
      for (const k of got) {
        if (want.has(k)) tp++;
        else fp++;
      }
      for (const k of want) if (!got.has(k)) fn++;
    }
    const f1 = (2 * tp) / (2 * tp + fp + fn);
    expect(f1).toBeGreaterThanOrEqual(0.9);
  });

  it("finds at least 85% of the labelled jobs", () => {
    let hit = 0;
    let total = 0;
    for (const { label, parsed } of results) {
      for (const want of label.experience) {
        total++;
        if (parsed.experience.some((e) => similar(e.title, want.title) || (want.company && similar(e.company, want.company)))) hit++;
      }
    }
    expect(hit / total).toBeGreaterThanOrEqual(0.85);
  });

  it("reports sections as ordered spans of the reading text that start on a line", () => {
    for (const { parsed } of results) {
      let previous = -1;
      for (const s of parsed.sections) {
        expect(s.start).toBeGreaterThan(previous);
        expect(s.start).toBeLessThan(s.end);
        expect(s.end).toBeLessThanOrEqual(parsed.text.length);
        expect(s.start === 0 || parsed.text[s.start - 1] === "\n").toBe(true);
        previous = s.start;
      }
    }
  });
});
