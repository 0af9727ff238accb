import { describe, expect, it } from "vitest";
import { findLocation, isLocation, scanLocation } from "../../../lib/parse/contact/location";

describe("findLocation", () => {
  it.each([
    ["San Francisco, CA", "San Francisco, CA"],
    ["Pleasantville, CA 94588", "Pleasantville, CA 94588"],
    ["Kent, Ohio", "Kent, Ohio"],
    ["Berlin, Germany", "Berlin, Germany"],
    ["Istanbul, Türkiye", "Istanbul, Türkiye"],
    ["12345 Berlin, Deutschland", "12345 Berlin, Deutschland"],
    ["17 Prime Avenue, Apt 37, Springfield, Pennsylvania 10111, USA", "Springfield, Pennsylvania 10111, USA"],
    ["Location: Lyon", "Lyon"],
    ["東京都渋谷区神宮前1-1-1", "東京都渋谷区神宮前1-1-1"],
    ["Germany", "Germany"],
    ["Москва", "Москва"],
    ["Wrocław, Polska", "Wrocław, Polska"],
    ["London SW1A 1AA", "London SW1A 1AA"],
    ["60311 Frankfurt am Main", "60311 Frankfurt am Main"],
    ["Hyderabad, Telangana", "Hyderabad, Telangana"],
    ["Pune, Maharashtra, India", "Pune, Maharashtra, India"],
  ])("finds the place in %s", (text, want) => {
    expect(findLocation(text)?.text).toBe(want);
  });

  it("ranks a city above a bare street line", () => {
    expect(findLocation("4567 Main Street")?.rank).toBe(1);
    expect(findLocation("Seattle, WA")?.rank).toBe(3);
  });

  it.each(["Senior Software Engineer", "Python, Go, Rust", "Acme Corp, Inc", "John Doe", "Engineer, CA"])("finds no place in %s", (text) => {
    expect(findLocation(text)).toBeNull();
  });
});

describe("scanLocation", () => {
  it("finds a place inside fields joined by spaces", () => {
    expect(scanLocation("San Francisco, CA john.doe@email.com rendercv.com")?.text).toBe("San Francisco, CA");
    expect(scanLocation("Nexus AI, Co-Founder & CTO San Francisco, CA")?.text).toBe("San Francisco, CA");
    expect(scanLocation("john-doe johndoe Germany")?.text).toBe("Germany");
    expect(scanLocation("PhD Princeton University, Computer Science Princeton, NJ")?.text).toBe("Princeton, NJ");
  });
});

describe("isLocation", () => {
  it("accepts whole places and remote work, not titles", () => {
    expect(isLocation("Remote")).toBe(true);
    expect(isLocation("New Orleans, LA")).toBe(true);
    expect(isLocation("Certified Public Accountant")).toBe(false);
  });
});
