/**
 * `npm run create-admin -- --email you@example.com [--name "Your Name"] [--password-stdin]`
 *
 * Creates an admin account, or makes an existing account an (enabled) admin. The password of a new
 * account comes from ADMIN_PASSWORD, from stdin with --password-stdin (for scripts), or is asked for
 * twice in the terminal; there is never a default. For an existing account a password given these
 * ways replaces the old one; otherwise the account is only promoted.
 * Migrates the database first when it has no account tables yet (a fresh clone).
 */
import Database from "better-sqlite3";
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { databaseFilePath } from "../server/db/database-url";
import { ensureAdminAccount } from "../server/db/ensure-admin-account";
import { db, disconnectDb } from "../server/db/prisma";
import { AppError } from "../server/errors";
// @ts-expect-error – plain JavaScript helper shared with the start script, no type declarations
import { CLI, runNode } from "./run-node.mjs";

const USAGE = `usage: npm run create-admin -- --email <address> [--name <name>] [--password-stdin]
  password: ADMIN_PASSWORD, or stdin with --password-stdin, or asked in the terminal`;

/** sysexits: wrong usage. */
const EXIT_USAGE = 64;

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: { email: { type: "string" }, name: { type: "string" }, "password-stdin": { type: "boolean" }, help: { type: "boolean", short: "h" } },
      strict: true,
    }).values;
  } catch (error) {
    console.error(`create-admin: ${(error as Error).message}\n${USAGE}`);
    return EXIT_USAGE;
  }
  if (args.help) {
    console.error(USAGE);
    return 0;
  }
  if (!args.email) {
    console.error(`create-admin: --email is required\n${USAGE}`);
    return EXIT_USAGE;
  }
  await migrateIfNeeded();
  const exists = (await db().user.count({ where: { email: args.email.trim().toLowerCase() } })) > 0;
  const password = await readPassword({ fromStdin: args["password-stdin"] === true, required: !exists });
  const result = await ensureAdminAccount({ email: args.email, password, name: args.name });
  const email = args.email.trim().toLowerCase();
  const messages = {
    created: `created the admin account ${email}`,
    promoted: `${email} is now an admin`,
    "already-admin": `${email} was already an admin`,
  };
  console.error(`create-admin: ${messages[result]}${password && result !== "created" ? " (password changed)" : ""}`);
  return 0;
}

/** A fresh clone has no database yet: apply the migrations, as `npm start` would. */
async function migrateIfNeeded(): Promise<void> {
  const file = databaseFilePath();
  if (existsSync(file)) {
    const sqlite = new Database(file, { readonly: true });
    try {
      const table = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'User'").get();
      if (table) return;
    } finally {
      sqlite.close();
    }
  }
  console.error("create-admin: migrating the database first");
  await runNode(CLI.prisma(), ["migrate", "deploy"], { stdio: ["ignore", "inherit", "inherit"] });
}

async function readPassword({ fromStdin, required }: { fromStdin: boolean; required: boolean }): Promise<string | undefined> {
  const fromEnv = process.env.ADMIN_PASSWORD;
  if (fromEnv) return fromEnv;
  if (fromStdin) return (await readAll(process.stdin)).replace(/\r?\n$/, "");
  if (!required) return undefined;
  if (!process.stdin.isTTY) {
    throw new AppError("bad_request", "A new account needs a password: set ADMIN_PASSWORD, pipe it with --password-stdin, or run this in a terminal.");
  }
  const first = await promptHidden("Password for the new admin: ");
  const second = await promptHidden("Repeat the password: ");
  if (first !== second) throw new AppError("bad_request", "The two passwords differ.");
  return first;
}

async function readAll(stream: NodeJS.ReadStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString("utf8");
}

/** Reads a line from the terminal without echoing it. */
function promptHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    let typed = "";
    process.stderr.write(question);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding("utf8");
    const finish = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.removeListener("data", onData);
      process.stderr.write("\n");
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === "\r" || char === "\n" || char === "\u0004") return finish();
        if (char === "\u0003") return finish(new AppError("bad_request", "Cancelled."));
        if (char === "\u007f" || char === "\b") typed = typed.slice(0, -1);
        else if (char >= " ") typed += char;
      }
    };
    stdin.on("data", onData);
  });
}

main()
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    if (error instanceof AppError) {
      const details = error.issues?.map((issue) => `\n  ${issue.path || "input"}: ${issue.message}`).join("") ?? "";
      console.error(`create-admin: ${error.message}${details}`);
    } else {
      console.error("create-admin failed:", error);
    }
    process.exitCode = 1;
  })
  .finally(disconnectDb);
