/** Command-line options of `ats-check`: parsed with node:util, validated with one zod schema. */
import { parseArgs } from "node:util";
import { z } from "zod";

export const USAGE = `Usage:
  ats-check <file|folder>... [--role <profile-slug>] [--jd <job-description.txt>] [--json]
  ats-check --list-roles [--json]

  <file>          a resume (PDF, DOCX or DOC; the format is read from the bytes, not the name)
  <folder>        every .pdf, .docx and .doc file directly inside it, in name order
  --role <slug>   score against a role profile (see --list-roles)
  --jd <file>     compare against a job description (plain text file)
  --json          print the report as JSON (one object per line per file); logs go to stderr
  --list-roles    print the available role profiles: slug, then title
  -h, --help      show this help

Exit codes: 0 success; 2 when a file could not be read (the others are still reported);
64 on wrong arguments.`;

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "--role must be a profile slug such as ml-engineer");

export const cliOptionsSchema = z
  .object({
    paths: z.array(z.string().min(1)),
    role: slug.optional(),
    jd: z.string().min(1).optional(),
    json: z.boolean(),
    listRoles: z.boolean(),
    help: z.boolean(),
  })
  .refine((options) => options.help || options.listRoles || options.paths.length > 0, {
    message: "give a resume file or a folder",
  })
  .refine((options) => !(options.listRoles && options.paths.length > 0), {
    message: "--list-roles takes no file",
  });

export type CliOptions = z.infer<typeof cliOptionsSchema>;

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export function parseCliArgs(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        role: { type: "string" },
        jd: { type: "string" },
        json: { type: "boolean", default: false },
        "list-roles": { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const result = cliOptionsSchema.safeParse({
    paths: positionals,
    role: values.role,
    jd: values.jd,
    json: values.json,
    listRoles: values["list-roles"],
    help: values.help,
  });
  if (!result.success) throw new UsageError(result.error.issues.map((issue) => issue.message).join("; "));
  return result.data;
}
