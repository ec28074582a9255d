import { describe, expect, it } from "vitest";
import {
  CERTIFICATES_EVERY_MS,
  certificatesDue,
  systemReadFor,
  type SystemRead,
} from "./poll-reads";

const now = new Date("2026-12-08T10:00:00.000Z");
const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();

/** The system reads of polls 0…n-1 on one client, certificates read at `readAt`. */
function rotation(n: number, readAt: string | null): SystemRead[] {
  const reads: SystemRead[] = [];
  let certificatesReadAt = readAt;
  for (let pollOnClient = 0; pollOnClient < n; pollOnClient++) {
    const read = systemReadFor({ pollOnClient, certificatesReadAt, now });
    if (read === "certificates") certificatesReadAt = now.toISOString();
    reads.push(read);
  }
  return reads;
}

describe("which system read a poll makes", () => {
  it("makes none on the poll that logs in, and reads HA on the next one", () => {
    expect(systemReadFor({ pollOnClient: 0, certificatesReadAt: null, now })).toBe("none");
    expect(systemReadFor({ pollOnClient: 1, certificatesReadAt: null, now })).toBe("ha");
  });

  it("reads certificates once when due, then alternates HA and unsaved changes", () => {
    expect(rotation(7, null)).toEqual([
      "none",
      "ha",
      "certificates",
      "ha",
      "config",
      "ha",
      "config",
    ]);
  });

  it("does not re-read certificates read less than an hour ago", () => {
    expect(rotation(5, ago(CERTIFICATES_EVERY_MS - 1000))).toEqual([
      "none",
      "ha",
      "config",
      "ha",
      "config",
    ]);
  });

  it("never makes more than one system read per poll, so the budget holds", () => {
    const reads = rotation(200, null);
    expect(reads.filter((r) => r === "certificates")).toHaveLength(1);
    expect(reads.filter((r) => r === "none")).toHaveLength(1);
  });
});

describe("certificatesDue", () => {
  it("is due when never read, after an hour, or when the clock went backwards", () => {
    expect(certificatesDue(null, now)).toBe(true);
    expect(certificatesDue(undefined, now)).toBe(true);
    expect(certificatesDue(ago(CERTIFICATES_EVERY_MS), now)).toBe(true);
    expect(certificatesDue(ago(59 * 60_000), now)).toBe(false);
    expect(certificatesDue(ago(-60_000), now)).toBe(true);
    expect(certificatesDue("not a date", now)).toBe(true);
  });
});
