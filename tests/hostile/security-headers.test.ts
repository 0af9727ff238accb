/**
 * Security headers on every response (next.config.ts → server/http/security-headers.ts). The
 * production build itself is checked by `npm run load`, which fetches a page and an API route from
 * `next start` and prints these headers.
 */
import { describe, expect, it } from "vitest";
import nextConfig from "../../next.config";
import { contentSecurityPolicy, securityHeaders } from "../../server/http/security-headers";

const byName = (dev: boolean) => Object.fromEntries(securityHeaders(dev).map((h) => [h.key.toLowerCase(), h.value]));

function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
}

describe("security headers", () => {
  it("apply to every path", async () => {
    const rules = await nextConfig.headers!();
    expect(rules).toHaveLength(1);
    expect(rules[0].source).toBe("/:path*");
    expect(rules[0].headers.map((h) => h.key)).toEqual(expect.arrayContaining(["Content-Security-Policy", "X-Content-Type-Options"]));
    expect(nextConfig.poweredByHeader).toBe(false);
  });

  it("forbid framing, MIME sniffing, leaking the report URL as a referrer, and device APIs", () => {
    const headers = byName(false);
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    // Not no-referrer: that makes browsers send `Origin: null` on same-origin POSTs.
    expect(headers["referrer-policy"]).toBe("same-origin");
    expect(headers["permissions-policy"]).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
  });

  it("has a production CSP that allows only this origin, no eval, no plugins and no framing", () => {
    const csp = directives(contentSecurityPolicy(false));
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'self'"]);
    expect(csp.get("form-action")).toEqual(["'self'"]);
    expect(csp.get("connect-src")).toEqual(["'self'"]);
    expect(csp.get("script-src")).not.toContain("'unsafe-eval'");
    // Every source is this origin or an inline/data/blob keyword: no other host.
    for (const values of csp.values()) for (const v of values) expect(v).toMatch(/^('[a-z-]+'|data:|blob:)$/);
  });

  it("lets `next dev` use eval and its hot-reload websocket", () => {
    const csp = directives(contentSecurityPolicy(true));
    expect(csp.get("script-src")).toContain("'unsafe-eval'");
    expect(csp.get("connect-src")).toContain("ws:");
  });
});
