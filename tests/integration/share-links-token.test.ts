// A token that cannot be one of ours is "not found" before the database is asked: the public
// routes cost nothing for a scanner trying random strings. Separate file, so nothing else in
// it (pollers, fixtures) touches the database while getDb is watched.
import { afterEach, describe, expect, it, vi } from "vitest";

const getDb = vi.hoisted(() => vi.fn());
vi.mock("@/lib/db/client", async (original) => {
  const real = await original<typeof import("@/lib/db/client")>();
  getDb.mockImplementation(real.getDb);
  return { ...real, getDb };
});

const { GET } = await import("@/app/api/share/[token]/status/route");
const { loadSharedView } = await import("@/lib/share/shared-view");

afterEach(() => {
  getDb.mockClear();
});

const malformed = [
  "",
  "short",
  "x".repeat(42),
  "x".repeat(44),
  `${"a".repeat(42)}!`,
  `${"a".repeat(42)}/`,
  "../../../etc/passwd",
];

describe("a malformed share token", () => {
  it("is 404 from the status route, with the share headers, without a database lookup", async () => {
    for (const token of malformed) {
      const response = await GET(new Request(`http://localhost/api/share/x/status`), {
        params: Promise.resolve({ token }),
      });
      expect(response.status).toBe(404);
      expect(response.headers.get("referrer-policy")).toBe("no-referrer");
      expect(response.headers.get("x-robots-tag")).toBe("noindex");
      expect(response.headers.get("cache-control")).toBe("no-store");
    }
    expect(getDb).not.toHaveBeenCalled();
  });

  it("gives no shared view, without a database lookup", async () => {
    for (const token of malformed) expect(await loadSharedView(token)).toBeNull();
    expect(getDb).not.toHaveBeenCalled();
  });

  it("while a well-formed unknown token is looked up, and is the same 404", async () => {
    const response = await GET(new Request(`http://localhost/api/share/x/status`), {
      params: Promise.resolve({ token: "a".repeat(43) }),
    });
    expect(response.status).toBe(404);
    expect(getDb).toHaveBeenCalled();
    const bad = await GET(new Request(`http://localhost/api/share/x/status`), {
      params: Promise.resolve({ token: "short" }),
    });
    expect(await bad.text()).toBe(await response.text());
  });
});
