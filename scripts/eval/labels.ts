/**
 * Hand labels of an evaluation folder (format of ../shared/corpus/README.md): one JSON per document,
 * `file` being the document's path relative to the folder.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const nullableString = z.string().nullable().optional().transform((v) => v ?? null);

export const labelSchema = z.object({
  file: z.string(),
  format: z.enum(["pdf", "docx", "doc"]),
  pages: z.number().nullable().optional(),
  text_layer: z.boolean().default(true),
  language: nullableString,
  columns: z.number().nullable().optional(),
  name: nullableString,
  emails: z.array(z.string()).default([]),
  phones: z.array(z.string()).default([]),
  location: nullableString,
  links: z.array(z.object({ kind: z.string().nullable().optional(), url: z.string().nullable() })).default([]),
  sections: z.array(z.object({ kind: z.string(), heading: z.string() })).default([]),
  experience: z
    .array(z.object({ title: nullableString, company: nullableString, start: nullableString, end: nullableString }))
    .default([]),
  education: z.array(z.object({ degree: nullableString, school: nullableString, end: nullableString })).default([]),
  hard_skills: z.array(z.string()).default([]),
  ml_engineer_fit: z.number().nullable().optional().transform((v) => v ?? null),
  ats_issues: z.array(z.string()).default([]),
  notes: z.string().nullable().optional(),
});

export type Label = z.infer<typeof labelSchema>;

/**
 * Every `*.json` in `dir`, in file-name order (as eval.py reads them), optionally only some formats.
 * A label that does not fit the schema is an error in the data set: fail loudly, naming the file.
 */
export function loadLabels(dir: string, formats?: readonly string[]): Label[] {
  const names = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort();
  const labels = names.map((f) => {
    const parsed = labelSchema.safeParse(JSON.parse(readFileSync(path.join(dir, f), "utf8")));
    if (!parsed.success) throw new Error(`label ${f}: ${parsed.error.issues[0]?.message ?? "invalid"}`);
    return parsed.data;
  });
  return formats?.length ? labels.filter((l) => formats.includes(l.format)) : labels;
}
