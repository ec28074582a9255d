// The audit log's URL filters: good values become filters (and stay in the form and the page
// links), anything else is dropped with a notice, never an error.
import { describe, expect, it } from "vitest";
import { auditHref } from "@/lib/audit/audit-href";
import { decodeCursor, encodeCursor } from "@/lib/audit/cursor";
import { dayStart } from "@/lib/audit/day-range";
import { parseAuditSearch, type SearchParams } from "@/lib/audit/filters";

const ALICE = "user-alice";
const TOPOLOGY = "3f0c8a52-4f7e-4c55-9a0c-0d2b6f1e9a11";
const EVENT = "9b2d3c4e-1a2b-4c3d-8e9f-001122334455";
const choices = { actorIds: new Set([ALICE]), topologyIds: new Set([TOPOLOGY]) };
const parse = (params: SearchParams) => parseAuditSearch(params, choices);

describe("parseAuditSearch", () => {
  it("takes every valid filter", () => {
    const parsed = parse({
      action: "topology.apply",
      actor: ALICE,
      topology: TOPOLOGY,
      from: "2026-03-01",
      to: "2026-03-02",
      q: " role ",
      tz: "Europe/Berlin",
    });
    expect(parsed.notices).toEqual([]);
    expect(parsed.filters).toEqual({
      action: "topology.apply",
      actorId: ALICE,
      topologyId: TOPOLOGY,
      // Berlin is UTC+1 in March: its midnight is 23:00 UTC the day before; To is exclusive.
      from: new Date("2026-02-28T23:00:00.000Z"),
      to: new Date("2026-03-02T23:00:00.000Z"),
      text: "role",
    });
    expect(parsed.values).toMatchObject({
      action: "topology.apply",
      q: "role",
      tz: "Europe/Berlin",
    });
  });

  it("takes a category as a prefix", () => {
    const parsed = parse({ action: "member." });
    expect(parsed.filters).toEqual({ category: "member." });
    expect(parsed.values.action).toBe("member.");
  });

  it("drops what makes no sense, with a notice each, and keeps the rest", () => {
    const parsed = parse({
      action: "topology.exploded",
      actor: "someone-else",
      topology: "not-a-topology",
      from: "2026-02-30",
      to: "yesterday",
      tz: "Mars/Olympus",
      q: "apply",
    });
    expect(parsed.filters).toEqual({ text: "apply" });
    expect(parsed.notices).toEqual([
      "No action is called “topology.exploded”: showing every action.",
      "That person is not a member of this workspace: showing everyone.",
      "That topology does not exist here: showing every topology.",
      "Unknown time zone “Mars/Olympus”: dates are read as UTC days.",
      "“2026-02-30” is not a date: the From date is ignored.",
      "“yesterday” is not a date: the To date is ignored.",
    ]);
    expect(parsed.values).toEqual({
      action: "",
      actor: "",
      topology: "",
      from: "",
      to: "",
      q: "apply",
      tz: "",
    });
  });

  it("ignores a From after the To", () => {
    const parsed = parse({ from: "2026-03-05", to: "2026-03-01" });
    expect(parsed.filters).toEqual({});
    expect(parsed.notices).toEqual(["The From date is after the To date: both are ignored."]);
  });

  it("reads UTC days without a zone, and the same day as From and To is that whole day", () => {
    const parsed = parse({ from: "2026-03-01", to: "2026-03-01" });
    expect(parsed.filters.from).toEqual(new Date("2026-03-01T00:00:00.000Z"));
    expect(parsed.filters.to).toEqual(new Date("2026-03-02T00:00:00.000Z"));
  });

  it("uses the first of repeated values and survives absurd ones", () => {
    const long = "x".repeat(500);
    const parsed = parse({ action: ["auth.signed_in", "share.created"], q: long, from: long });
    expect(parsed.filters.action).toBe("auth.signed_in");
    expect(parsed.filters.text).toBeUndefined();
    expect(parsed.notices).toHaveLength(2);
    expect(parsed.notices.join(" ")).not.toContain(long);
  });

  it("reads page cursors, and drops a broken one", () => {
    const cursor = { createdAt: new Date("2026-03-01T10:00:00.123Z"), id: EVENT };
    expect(parse({ before: encodeCursor(cursor) }).page).toEqual({ before: cursor });
    expect(parse({ after: encodeCursor(cursor) }).page).toEqual({ after: cursor });
    const broken = parse({ before: "2026-03-01~'; drop table" });
    expect(broken.page).toEqual({});
    expect(broken.notices).toEqual(["That page link is not valid: showing the newest events."]);
    expect(decodeCursor(`not-a-date~${EVENT}`)).toBeNull();
  });
});

describe("dayStart", () => {
  it("finds midnight across daylight-saving changes", () => {
    // New York: EST (UTC-5) on 8 March 2026 at midnight, EDT (UTC-4) from 2:00 that day.
    expect(dayStart("2026-03-08", "America/New_York")).toEqual(new Date("2026-03-08T05:00:00Z"));
    expect(dayStart("2026-03-08", "America/New_York", 1)).toEqual(new Date("2026-03-09T04:00:00Z"));
    expect(dayStart("2026-12-31", "Asia/Kolkata", 1)).toEqual(new Date("2026-12-31T18:30:00Z"));
  });

  it("refuses what is not a calendar day", () => {
    for (const day of ["2026-13-01", "2026-02-29", "26-01-01", "", "1969-12-31"]) {
      expect(dayStart(day, "UTC"), day).toBeNull();
    }
    expect(dayStart("2028-02-29", "UTC")).toEqual(new Date("2028-02-29T00:00:00Z"));
  });
});

describe("auditHref", () => {
  it("keeps the filters and the page, and leaves out empty values", () => {
    expect(auditHref({ action: "share.", actor: "", q: "a b" }, { before: "c" })).toBe(
      "/settings/audit?action=share.&q=a+b&before=c",
    );
    expect(auditHref({})).toBe("/settings/audit");
  });
});
