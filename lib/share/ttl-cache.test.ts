import { describe, expect, it } from "vitest";
import { TtlCache } from "./ttl-cache";

describe("TtlCache", () => {
  it("loads once per key while fresh, concurrent callers included, and again after the TTL", async () => {
    let now = 0;
    let loads = 0;
    const cache = new TtlCache<number>(60_000, 10, () => now);
    const load = async () => ++loads;
    const [a, b] = await Promise.all([cache.get("k", load), cache.get("k", load)]);
    expect([a, b, loads]).toEqual([1, 1, 1]);
    now = 59_999;
    expect(await cache.get("k", load)).toBe(1);
    now = 60_000;
    expect(await cache.get("k", load)).toBe(2);
    expect(await cache.get("other", load)).toBe(3);
  });

  it("does not keep a failed load", async () => {
    const cache = new TtlCache<string>(60_000);
    await expect(cache.get("k", () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await cache.get("k", async () => "ok")).toBe("ok");
  });

  it("keeps at most maxEntries, dropping the oldest", async () => {
    const cache = new TtlCache<number>(60_000, 2);
    for (const [i, key] of ["a", "b", "c"].entries()) await cache.get(key, async () => i);
    expect(cache.size).toBe(2);
    expect(await cache.get("a", async () => 99)).toBe(99);
  });
});
