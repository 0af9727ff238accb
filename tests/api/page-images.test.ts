import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "../../app/api/analyze/route";
import { GET as sharedPage } from "../../app/api/shared/[token]/pages/[n]/route";
import { DELETE } from "../../app/api/reports/[id]/route";
import { GET as reportPage } from "../../app/api/reports/[id]/pages/[n]/route";
import { createReportShare } from "../../server/db/create-report-share";
import { createUserAccount } from "../../server/db/create-user-account";
import { listReportPageImages } from "../../server/db/list-report-page-images";
import { revokeReportShare } from "../../server/db/revoke-report-share";
import { saveReport } from "../../server/db/save-report";
import { storeReportPageImages } from "../../server/db/store-report-page-images";
import { analyzeForUploadInPool, closeSharedAnalyzePool, sharedPageImageJobs } from "../../server/pool/analyze-in-pool";
import { makeDocx, SAMPLE_RESUME_LINES } from "../server/make-docx";
import { createTestDatabase, type TestDatabase } from "./test-database";

let database: TestDatabase;
beforeAll(() => {
  database = createTestDatabase();
});
afterAll(async () => {
  await closeSharedAnalyzePool();
  await database.close();
});

const fixture = (name: string) => readFileSync(path.join("tests", "fixtures", "pdf", name));

function upload(bytes: Uint8Array, fileName: string): Request {
  const form = new FormData();
  form.set("file", new Blob([new Uint8Array(bytes)]), fileName);
  return new Request("http://localhost/api/analyze", { method: "POST", body: form });
}

const pageParams = (id: string, n: string) => ({ params: Promise.resolve({ id, n }) });
const pageUrl = (id: string, n: string) => `http://localhost/api/reports/${id}/pages/${n}`;

const isJpeg = (data: Uint8Array) => data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff;

describe("page pictures of an uploaded PDF", () => {
  it("are sized with the report, drawn after the response, served by report id, and gone with the report", async () => {
    const created = await POST(upload(fixture("page-numbers.pdf"), "cv.pdf"));
    expect(created.status).toBe(201);
    const { id, deleteToken, report } = (await created.json()) as { id: string; deleteToken: string; report: Record<string, unknown> };
    // The report itself carries no pictures.
    expect(JSON.stringify(report)).not.toContain("image/");
    // The rows exist as soon as the upload is answered, with the pictures' size.
    expect((await listReportPageImages({ reportId: id })).map(({ page, width }) => ({ page, width }))).toEqual([
      { page: 1, width: 900 },
      { page: 2, width: 900 },
    ]);

    await sharedPageImageJobs().idle();
    const pages = await listReportPageImages({ reportId: id });
    expect(pages.map((p) => p.ready)).toEqual([true, true]);

    const image = await reportPage(new Request(pageUrl(id, "1")), pageParams(id, "1"));
    expect(image.status).toBe(200);
    expect(image.headers.get("content-type")).toBe("image/jpeg");
    expect(image.headers.get("cache-control")).toContain("private");
    expect(isJpeg(new Uint8Array(await image.arrayBuffer()))).toBe(true);

    for (const n of ["3", "0", "x", "-1"]) {
      expect((await reportPage(new Request(pageUrl(id, n)), pageParams(id, n))).status).toBe(404);
    }
    const unknown = "AAAAAAAAAAAAAAAAAAAAAA";
    expect((await reportPage(new Request(pageUrl(unknown, "1")), pageParams(unknown, "1"))).status).toBe(404);

    const deleted = await DELETE(
      new Request(`http://localhost/api/reports/${id}`, { method: "DELETE", headers: { "x-delete-token": deleteToken } }),
      { params: Promise.resolve({ id }) },
    );
    expect(deleted.status).toBe(204);
    expect((await reportPage(new Request(pageUrl(id, "1")), pageParams(id, "1"))).status).toBe(404);
    expect(await database.count("ReportPageImage", `"reportId" = '${id}'`)).toBe(0);
  });

  it("answer 202 with Retry-After and their size while being drawn, 404 once given up", async () => {
    const { report, pagePlan } = await analyzeForUploadInPool(fixture("two-column.pdf"), { fileName: "cv.pdf" });
    expect(pagePlan).toEqual([{ page: 1, width: 900, height: 1273, mime: "image/jpeg" }]);
    const { id } = await saveReport({ report, pendingPageImages: pagePlan });
    expect(await listReportPageImages({ reportId: id })).toEqual([{ page: 1, width: 900, height: 1273, ready: false }]);

    const pending = await reportPage(new Request(pageUrl(id, "1")), pageParams(id, "1"));
    expect(pending.status).toBe(202);
    expect(pending.headers.get("retry-after")).toBe("1");
    expect(pending.headers.get("cache-control")).toBe("no-store");
    expect(await pending.json()).toEqual({ status: "drawing", width: 900, height: 1273 });

    // No picture came (the job was given up or failed): the row goes, the page shows the layout.
    await storeReportPageImages(id, []);
    expect((await reportPage(new Request(pageUrl(id, "1")), pageParams(id, "1"))).status).toBe(404);
    expect(await listReportPageImages({ reportId: id })).toEqual([]);
  });

  it("drawn for a report deleted meanwhile leave nothing behind", async () => {
    const bytes = fixture("two-column.pdf");
    const { report, pagePlan } = await analyzeForUploadInPool(bytes, { fileName: "cv.pdf" });
    const { id, deleteToken } = await saveReport({ report, pendingPageImages: pagePlan });
    await DELETE(new Request(`http://localhost/api/reports/${id}`, { method: "DELETE", headers: { "x-delete-token": deleteToken } }), {
      params: Promise.resolve({ id }),
    });
    sharedPageImageJobs().schedule({ bytes: new Uint8Array(bytes), finish: (images) => storeReportPageImages(id, images) });
    await sharedPageImageJobs().idle();
    expect(await database.count("ReportPageImage", `"reportId" = '${id}'`)).toBe(0);
  });

  it("are not planned for Word files", async () => {
    const created = await POST(upload(await makeDocx(SAMPLE_RESUME_LINES), "cv.docx"));
    const { id } = (await created.json()) as { id: string };
    expect(await listReportPageImages({ reportId: id })).toEqual([]);
    expect((await reportPage(new Request(pageUrl(id, "1")), pageParams(id, "1"))).status).toBe(404);
  });

  it("follow a share link until it is revoked", async () => {
    const owner = await createUserAccount({ email: "pages-owner@example.test", password: "correct horse battery", name: "Owner", role: "coach" });
    const bytes = fixture("two-column.pdf");
    const { report, pagePlan } = await analyzeForUploadInPool(bytes, { fileName: "cv.pdf" });
    const { id } = await saveReport({ report, ownerId: owner.id, pendingPageImages: pagePlan });
    sharedPageImageJobs().schedule({ bytes: new Uint8Array(bytes), finish: (images) => storeReportPageImages(id, images) });
    await sharedPageImageJobs().idle();
    const share = await createReportShare({ reportId: id, ownerId: owner.id });
    const params = { params: Promise.resolve({ token: share.token, n: "1" }) };
    const url = `http://localhost/api/shared/${share.token}/pages/1`;

    const image = await sharedPage(new Request(url), params);
    expect(image.status).toBe(200);
    expect(image.headers.get("content-type")).toBe("image/jpeg");
    expect(await listReportPageImages({ shareToken: share.token })).toEqual([{ page: 1, width: 900, height: 1273, ready: true }]);

    await revokeReportShare({ reportId: id, token: share.token, ownerId: owner.id });
    expect((await sharedPage(new Request(url), params)).status).toBe(404);
    await expect(listReportPageImages({ shareToken: share.token })).rejects.toMatchObject({ code: "not_found" });
  });


});
