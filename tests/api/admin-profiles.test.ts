/**
 * Role profile administration through the real routes and a temp SQLite database: zod validation
 * with field messages, the revision history, analysis with the edited profile, duplicate, delete,
 * import/export, preview without saving, and the seed leaving admins' changes alone.
 */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DELETE as deleteProfile, GET as getProfile, PUT as putProfile } from "../../app/api/admin/profiles/[slug]/route";
import { POST as duplicate } from "../../app/api/admin/profiles/[slug]/duplicate/route";
import { POST as reset } from "../../app/api/admin/profiles/[slug]/reset/route";
import { GET as exportProfiles } from "../../app/api/admin/profiles/export/route";
import { POST as importProfiles } from "../../app/api/admin/profiles/import/route";
import { POST as preview } from "../../app/api/admin/profiles/preview/route";
import { GET as revisions } from "../../app/api/admin/profiles/revisions/route";
import { GET as listProfiles, POST as createProfile } from "../../app/api/admin/profiles/route";
import { POST as analyze } from "../../app/api/analyze/route";
import { builtinProfiles } from "../../lib/profiles/load-profiles";
import type { RoleProfile } from "../../lib/profiles/schema";
import type { Report } from "../../lib/report/schema";
import { upsertRoleProfile } from "../../server/db/upsert-role-profile";
import { closeSharedAnalyzePool } from "../../server/pool/analyze-in-pool";
import { makeDocx, SAMPLE_RESUME_LINES } from "../server/make-docx";
import { asUser, createSignedInUser, ORIGIN, useTestAuthEnv, type TestUser } from "./sessions";
import { createTestDatabase, type TestDatabase } from "./test-database";

let database: TestDatabase;
let admin: TestUser;
let coach: TestUser;

beforeAll(async () => {
  useTestAuthEnv();
  database = createTestDatabase();
  for (const p of builtinProfiles()) await upsertRoleProfile({ slug: p.slug, title: p.title, description: p.description, data: p });
  admin = await createSignedInUser("admin");
  coach = await createSignedInUser("coach");
});
afterAll(async () => {
  await closeSharedAnalyzePool();
  await database.close();
});

const bySlug = (slug: string) => ({ params: Promise.resolve({ slug }) });
const RESUME_WITH_NEW_SKILL = [...SAMPLE_RESUME_LINES, "Zorblax, Quuxify"];

function api(path: string, user: TestUser | null, init: { method?: string; json?: unknown } = {}): Request {
  return new Request(`${ORIGIN}${path}`, {
    method: init.method ?? (init.json === undefined ? "GET" : "POST"),
    headers: asUser(user, init.json === undefined ? {} : { "content-type": "application/json" }),
    body: init.json === undefined ? undefined : JSON.stringify(init.json),
  });
}

async function json<T>(response: Response): Promise<T> {
  return (await response.json()) as T;
}

async function errorOf(response: Response) {
  return { status: response.status, ...(await json<{ error: { code: string; issues?: Array<{ path: string; message: string }> } }>(response)).error };
}

async function stored(slug: string): Promise<RoleProfile> {
  return (await json<{ profile: RoleProfile }>(await getProfile(api(`/api/admin/profiles/${slug}`, admin), bySlug(slug)))).profile;
}

function withKeyword(profile: RoleProfile, term: string): RoleProfile {
  const copy = structuredClone(profile);
  copy.keywordGroups[0].keywords.push({ term, aliases: [], variants: [], guarded: [], negatives: [], importance: "required", stem: true });
  return copy;
}

async function uploadAs(user: TestUser | null, fields: Record<string, string> = {}): Promise<Report> {
  const form = new FormData();
  form.set("file", new Blob([await makeDocx(RESUME_WITH_NEW_SKILL)]), "cv.docx");
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  const response = await analyze(new Request(`${ORIGIN}/api/analyze`, { method: "POST", body: form, headers: asUser(user) }));
  expect(response.status).toBe(201);
  return (await json<{ report: Report }>(response)).report;
}

const keywordFound = (report: Report, term: string) => report.match?.keywords.find((k) => k.term === term)?.found;

describe("editing a role profile", () => {
  it("validates with the profile schema and answers field-level messages", async () => {
    const profile = await stored("ml-engineer");
    const broken = structuredClone(profile) as unknown as { keywordGroups: Array<{ label: string; weight: number }>; track: string };
    broken.keywordGroups[0].label = "";
    broken.keywordGroups[1].weight = 50;
    broken.track = "sideways";
    const response = await putProfile(api("/api/admin/profiles/ml-engineer", admin, { method: "PUT", json: broken }), bySlug("ml-engineer"));
    const error = await errorOf(response);
    expect(error).toMatchObject({ status: 400, code: "invalid_input" });
    expect(error.issues?.map((issue) => issue.path).sort()).toEqual(["keywordGroups.0.label", "keywordGroups.1.weight", "track"]);
    // Worded for people, not zod's defaults ("Invalid option: expected one of …").
    expect(Object.fromEntries(error.issues!.map((issue) => [issue.path, issue.message]))).toEqual({
      "keywordGroups.0.label": "This is required.",
      "keywordGroups.1.weight": "Use 10 or less.",
      "track": "Choose one of: technical, leadership.",
    });

    const renamed = await putProfile(api("/api/admin/profiles/ml-engineer", admin, { method: "PUT", json: { ...profile, slug: "ml-eng" } }), bySlug("ml-engineer"));
    expect(await errorOf(renamed)).toMatchObject({ status: 400, issues: [{ path: "slug" }] });
    expect(await stored("ml-engineer")).toEqual(profile);
    expect(await database.count("RoleProfileRevision")).toBe(0);
  });

  it("records a revision and scores the next upload with the edited profile", async () => {
    const before = await uploadAs(coach, { role: "ml-engineer" });
    expect(keywordFound(before, "Zorblax")).toBeUndefined();

    const edited = withKeyword(await stored("ml-engineer"), "Zorblax");
    const response = await putProfile(api("/api/admin/profiles/ml-engineer", admin, { method: "PUT", json: edited }), bySlug("ml-engineer"));
    expect(response.status).toBe(200);

    const history = await json<{ revisions: Array<{ slug: string; action: string; summary: string; author: { id: string }; before: RoleProfile; after: RoleProfile }> }>(
      await revisions(api("/api/admin/profiles/revisions?slug=ml-engineer", admin)),
    );
    expect(history.revisions).toHaveLength(1);
    expect(history.revisions[0]).toMatchObject({ slug: "ml-engineer", action: "update", summary: "keywords +1 (Zorblax)", author: { id: admin.id } });
    expect(history.revisions[0].after).toEqual(edited);

    const after = await uploadAs(coach, { role: "ml-engineer" });
    expect(keywordFound(after, "Zorblax")).toBe(true);
    // Without a role the default profile is scored, also as stored in the database.
    expect(keywordFound(await uploadAs(null), "Zorblax")).toBe(true);

    const list = await json<{ profiles: Array<{ slug: string; customized: boolean; shipped: boolean }> }>(await listProfiles(api("/api/admin/profiles", admin)));
    expect(list.profiles.find((p) => p.slug === "ml-engineer")).toMatchObject({ customized: true, shipped: true });
  });

  it("keeps an admin's edit and deletion when the seed runs again, and resets to the shipped version", async () => {
    await deleteProfile(api("/api/admin/profiles/statistician", admin, { method: "DELETE" }), bySlug("statistician"));
    const seed = spawnSync(process.execPath, [createRequire(import.meta.url).resolve("tsx/cli"), "prisma/seed.ts"], {
      env: { ...process.env, DATABASE_URL: `file:${database.file}` },
      encoding: "utf8",
    });
    expect(seed.status).toBe(0);
    expect(seed.stderr).toMatch(/2 left as an admin changed them/);
    expect(keywordFound(await uploadAs(null, { role: "ml-engineer" }), "Zorblax")).toBe(true);
    expect(await database.count("RoleProfile", "slug = 'statistician'")).toBe(0);

    const response = await reset(api("/api/admin/profiles/ml-engineer/reset", admin, { method: "POST" }), bySlug("ml-engineer"));
    expect(response.status).toBe(200);
    expect(await stored("ml-engineer")).toEqual(builtinProfiles().find((p) => p.slug === "ml-engineer"));
    expect(await database.count("RoleProfile", "slug = 'ml-engineer' AND customized = 0")).toBe(1);
  });
});

describe("creating, duplicating and deleting profiles", () => {
  it("creates a profile, refuses a taken or reserved slug, duplicates and deletes with history", async () => {
    const base = await stored("data-engineer");
    const fresh = { ...structuredClone(base), slug: "analytics-engineer", title: "Analytics Engineer" };
    const created = await createProfile(api("/api/admin/profiles", admin, { json: fresh }));
    expect(created.status).toBe(201);
    expect(await errorOf(await createProfile(api("/api/admin/profiles", admin, { json: fresh })))).toMatchObject({ status: 409, code: "conflict" });
    expect(await errorOf(await createProfile(api("/api/admin/profiles", admin, { json: { ...fresh, slug: "export" } })))).toMatchObject({ status: 400, issues: [{ path: "slug" }] });

    const copy = await duplicate(api("/api/admin/profiles/analytics-engineer/duplicate", admin, { json: { slug: "analytics-engineer-senior" } }), bySlug("analytics-engineer"));
    expect(copy.status).toBe(201);
    expect(await json(copy)).toMatchObject({ slug: "analytics-engineer-senior", title: "Analytics Engineer (copy)" });
    expect(await errorOf(await duplicate(api("/api/admin/profiles/analytics-engineer/duplicate", admin, { json: { slug: "Not A Slug" } }), bySlug("analytics-engineer")))).toMatchObject({ status: 400, issues: [{ path: "slug" }] });

    expect((await deleteProfile(api("/api/admin/profiles/analytics-engineer", admin, { method: "DELETE" }), bySlug("analytics-engineer"))).status).toBe(204);
    expect(await errorOf(await getProfile(api("/api/admin/profiles/analytics-engineer", admin), bySlug("analytics-engineer")))).toMatchObject({ status: 404 });
    const form = new FormData();
    form.set("file", new Blob([await makeDocx(SAMPLE_RESUME_LINES)]), "cv.docx");
    form.set("role", "analytics-engineer");
    expect(await errorOf(await analyze(new Request(`${ORIGIN}/api/analyze`, { method: "POST", body: form }))) ).toMatchObject({ status: 400 });

    const history = await json<{ revisions: Array<{ slug: string; action: string }> }>(await revisions(api("/api/admin/profiles/revisions", admin)));
    expect(history.revisions.slice(0, 3).map((r) => `${r.action} ${r.slug}`)).toEqual([
      "delete analytics-engineer",
      "duplicate analytics-engineer-senior",
      "create analytics-engineer",
    ]);
  });
});

describe("import and export", () => {
  it("exports JSON files and imports them back all or nothing", async () => {
    const one = await exportProfiles(api("/api/admin/profiles/export?slug=data-scientist", admin));
    expect(one.headers.get("content-disposition")).toBe('attachment; filename="data-scientist.json"');
    const profile = JSON.parse(await one.text()) as RoleProfile;
    expect(profile).toEqual(await stored("data-scientist"));
    const all = JSON.parse(await (await exportProfiles(api("/api/admin/profiles/export", admin))).text()) as RoleProfile[];
    expect(all.map((p) => p.slug)).toContain("data-scientist");

    const variant = { ...profile, slug: "data-scientist-nlp", title: "NLP Data Scientist" };
    const invalid = await importProfiles(api("/api/admin/profiles/import", admin, { json: [variant, { ...profile, title: "" }] }));
    expect(await errorOf(invalid)).toMatchObject({ status: 400, code: "invalid_input", issues: [{ path: "1.title", message: "This is required." }] });
    expect(await database.count("RoleProfile", "slug = 'data-scientist-nlp'")).toBe(0);

    const edited = withKeyword(profile, "Quuxify");
    const imported = await importProfiles(api("/api/admin/profiles/import", admin, { json: [variant, edited, all.find((p) => p.slug === "software-engineer")] }));
    expect(await json(imported)).toEqual({ created: ["data-scientist-nlp"], updated: ["data-scientist"], unchanged: ["software-engineer"] });
    expect(await stored("data-scientist")).toEqual(edited);
  });
});

describe("preview", () => {
  it("scores a sample resume against an unsaved profile and stores nothing", async () => {
    const draft = withKeyword(await stored("software-engineer"), "Quuxify");
    const reportsBefore = await database.count("Report");
    const form = new FormData();
    form.set("file", new Blob([await makeDocx(RESUME_WITH_NEW_SKILL)]), "sample.docx");
    form.set("profile", JSON.stringify(draft));
    const response = await preview(new Request(`${ORIGIN}/api/admin/profiles/preview`, { method: "POST", body: form, headers: asUser(admin) }));
    expect(response.status).toBe(200);
    const { report } = await json<{ report: Report }>(response);
    expect(report.match?.profile).toBe("software-engineer");
    expect(keywordFound(report, "Quuxify")).toBe(true);
    expect(await database.count("Report")).toBe(reportsBefore);
    expect(await stored("software-engineer")).not.toEqual(draft);

    const bad = new FormData();
    bad.set("file", new Blob([await makeDocx(SAMPLE_RESUME_LINES)]), "sample.docx");
    bad.set("profile", JSON.stringify({ ...draft, keywordGroups: [] }));
    const refused = await preview(new Request(`${ORIGIN}/api/admin/profiles/preview`, { method: "POST", body: bad, headers: asUser(admin) }));
    expect(await errorOf(refused)).toMatchObject({ status: 400, code: "invalid_input", issues: [{ path: "keywordGroups" }] });
    const byCoach = await preview(new Request(`${ORIGIN}/api/admin/profiles/preview`, { method: "POST", body: form, headers: asUser(coach) }));
    expect(await errorOf(byCoach)).toMatchObject({ status: 403 });
  });

  it("is limited per client like uploads, counted together with them, before the body is read", async () => {
    process.env.ATS_UPLOAD_RATE_LIMIT = "2";
    try {
      const from = { "x-forwarded-for": "203.0.113.88" };
      const form = () => {
        const data = new FormData();
        data.set("file", new Blob(["not a resume"]), "note.txt");
        return data;
      };
      const upload = await analyze(new Request(`${ORIGIN}/api/analyze`, { method: "POST", body: form(), headers: from }));
      expect(upload.status).toBe(415);
      const request = () => new Request(`${ORIGIN}/api/admin/profiles/preview`, { method: "POST", body: form(), headers: asUser(admin, from) });
      expect((await preview(request())).status).toBe(400); // counted: no profile field
      const limited = await preview(request());
      expect(await errorOf(limited)).toMatchObject({ status: 429, code: "rate_limited" });
      expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    } finally {
      delete process.env.ATS_UPLOAD_RATE_LIMIT;
    }
  });
});
