import { describe, expect, it } from "vitest";
import { findPhones } from "../../../lib/parse/contact/phones";

const phones = (text: string) => findPhones(text).map((p) => p.text);

describe("findPhones", () => {
  it.each([
    ["+1 (555) 123-4567", "+1 (555) 123-4567"],
    ["Tel: +44 20 7946 0958", "+44 20 7946 0958"],
    ["Mobil +49 151 23456789", "+49 151 23456789"],
    ["555.123.4567", "555.123.4567"],
    ["(555) 123-4567", "(555) 123-4567"],
    ["Phone: 138 0013 8000", "138 0013 8000"],
    ["(718) 555–0100", "(718) 555–0100"],
    ["Tel.: 0170 567890", "0170 567890"],
    ["090-1234-5678", "090-1234-5678"],
    ["(+86) 131-221-87xxx", "(+86) 131-221-87xxx"],
    ["電話 0120-000-XXX", "0120-000-XXX"],
    ["+33 6 12 34 56 78", "+33 6 12 34 56 78"],
    ["Portable : 06 12 34 56 78", "06 12 34 56 78"],
  ])("keeps %s as printed", (text, want) => {
    expect(phones(text)).toEqual([want]);
  });

  it("splits a phone from the other contact items around it", () => {
    expect(phones("Seattle, WA | 206-555-0149 | emoore@email.com")).toEqual(["206-555-0149"]);
    expect(phones("Pleasantville, CA 94588 (555) 123-4567 john.doe@gmail.com")).toEqual(["(555) 123-4567"]);
    expect(phones("現住所 〒100-0001 0120-000-XXX")).toEqual(["0120-000-XXX"]);
  });

  it.each([
    "2019 – 2021",
    "2014 – 2016 Master of Science",
    "01/2020 – 06/2023",
    "2018.03 - 2020.11",
    "Seattle, WA 98101",
    "ZIP 98052-1234",
    "〒150-0001",
    "ORCID 0000-0000-0000-0000",
    "GPA 3.96 / 4.00",
    "Revenue grew from $1,234,567 to $2,000,000",
    "Cut latency by 1234567%",
    "Born 15.03.1990",
    "Server at 192.168.100.200",
    "Scores 12 34 56",
  ])("finds no phone in %s", (text) => {
    expect(phones(text)).toEqual([]);
  });

  it("skips a fax number", () => {
    expect(phones("Fax: +49 30 1234567")).toEqual([]);
  });

  it("notes a label before the number", () => {
    expect(findPhones("Mobile: 555-123-4567")[0].labelled).toBe(true);
    expect(findPhones("555-123-4567")[0].labelled).toBe(false);
  });
});
