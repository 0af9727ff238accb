/**
 * Role profiles as shipped in the repository: lib/profiles/data/*.json, each validated by the one
 * profile schema (lib/profiles/schema.ts). Read by the seed (to fill the RoleProfile table) and by
 * `ats-check --list-roles`, which needs no database.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { roleProfileSchema, type RoleProfile } from "../../lib/profiles/schema";

export const PROFILE_DATA_DIR = path.join("lib", "profiles", "data");

/** The profiles under `root`, sorted by slug; null when the data folder does not exist. */
export function readProfileFiles(root: string = process.cwd()): RoleProfile[] | null {
  const dir = path.join(root, PROFILE_DATA_DIR);
  if (!existsSync(dir)) return null;
  const files = readdirSync(dir).filter((name) => name.endsWith(".json")).sort();
  const profiles = files.map((name) => {
    const file = path.join(dir, name);
    const parsed = roleProfileSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
    if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
    return parsed.data;
  });
  return profiles.sort((a, b) => a.slug.localeCompare(b.slug));
}
