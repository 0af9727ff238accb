import { describe, expect, it } from "vitest";
import { findEmails, maskEmails } from "../../../lib/parse/contact/emails";

describe("findEmails", () => {
  it("lower-cases addresses and drops a mailto: prefix", () => {
    expect(findEmails("Email: Jane.Doe@Example.COM")).toEqual(["jane.doe@example.com"]);
    expect(findEmails("mailto:your_name@email.com")).toEqual(["your_name@email.com"]);
  });

  it("reads simple obfuscations", () => {
    expect(findEmails("jane [at] example [dot] com")).toEqual(["jane@example.com"]);
    expect(findEmails("jane (at) mail (dot) example (dot) org")).toEqual(["jane@mail.example.org"]);
  });

  it("ignores a trailing full stop and non-addresses", () => {
    expect(findEmails("Write to jane@example.com.")).toEqual(["jane@example.com"]);
    expect(findEmails("@janedoe on X, user@localhost")).toEqual([]);
  });

  it("masks addresses without moving other text", () => {
    const text = "a jane@example.com b";
    expect(maskEmails(text)).toHaveLength(text.length);
    expect(maskEmails(text)).not.toContain("@");
  });

  it("keeps plus tags, subdomains and an apostrophe inside the local part", () => {
    expect(findEmails("first.last+jobs@mail.example.co.uk | j_doe@sub.domain.org")).toEqual(["first.last+jobs@mail.example.co.uk", "j_doe@sub.domain.org"]);
    expect(findEmails("Email: siobhan.o'neil@example.ie")).toEqual(["siobhan.o'neil@example.ie"]);
    expect(findEmails("'jane@example.com'")).toEqual(["jane@example.com"]);
  });
});
