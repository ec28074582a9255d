import { describe, expect, it } from "vitest";
import { defaultIgelUmsDocument } from "@/lib/topology/schema/defaults";
import type { IgelUmsDraft } from "@/lib/topology/schema/document";
import { mergeStepPatch } from "./merge-patch";
import { editableKeys, pickStepPatch } from "./steps";

const now = new Date("2026-11-22T10:00:00.000Z");
const stored: IgelUmsDraft = defaultIgelUmsDocument("UMS wizard");

function merge(step: Parameters<typeof mergeStepPatch>[0]["step"], patch: Record<string, unknown>) {
  return mergeStepPatch({ kind: "IGEL_UMS", step, stored, patch, actorName: "Alex", now });
}

describe("mergeStepPatch", () => {
  it("replaces only the step's keys and keeps invalid text as typed", () => {
    const result = merge("network", { network: { umsSubnet: "10.10.20.0/24", vip: "10.10.30" } });
    expect(result.ok && result.document).toMatchObject({
      network: { umsSubnet: "10.10.20.0/24", vip: "10.10.30" },
      servers: stored.servers,
      name: "UMS wizard",
    });
  });

  it("refuses keys another step owns, and never changes kind or name", () => {
    expect(merge("servers", { network: {} })).toEqual({
      ok: false,
      error: "The servers step cannot change network; reload the page and try again.",
    });
    expect(merge("review", { prefix: "x" }).ok).toBe(false);
    const renamed = merge("prerequisites", { prefix: "igel" });
    expect(renamed.ok && renamed.document.kind).toBe("IGEL_UMS");
  });

  it("lets a page edit the keys its metadata adds (OS generation on Prerequisites)", () => {
    expect(editableKeys("IGEL_UMS", "prerequisites")).toEqual([
      "prefix",
      "prerequisites",
      "loadBalancing",
    ]);
    const result = merge("prerequisites", {
      loadBalancing: { ...stored.loadBalancing, osGeneration: "12" },
    });
    expect(
      result.ok && result.document.kind === "IGEL_UMS" && result.document.loadBalancing,
    ).toMatchObject({ osGeneration: "12" });
  });

  it("drops values of the wrong type instead of failing", () => {
    const result = merge("database", { database: { port: "abc", host: "db1" } });
    expect(result.ok && result.document.kind === "IGEL_UMS" && result.document.database).toEqual({
      host: "db1",
    });
  });

  it("stamps newly ticked items with the saving user and time, keeps older stamps", () => {
    const earlier = { done: true, by: "Kim", at: "2026-01-01T00:00:00.000Z" };
    const withTick: IgelUmsDraft = { ...stored, after: { "dns-record": earlier } };
    const result = mergeStepPatch({
      kind: "IGEL_UMS",
      step: "after",
      stored: withTick,
      patch: {
        after: {
          "dns-record": { done: true, by: "Mallory", at: "1999-01-01T00:00:00.000Z" },
          "console-host": { done: true, by: "Mallory" },
          "firmware-host": { done: false, by: "x", at: now.toISOString() },
        },
      },
      actorName: "Alex",
      now,
    });
    expect(result.ok && result.document.after).toEqual({
      "dns-record": earlier,
      "console-host": { done: true, by: "Alex", at: now.toISOString() },
      "firmware-host": { done: false },
    });
  });

  it("picks exactly the keys a step saves", () => {
    expect(Object.keys(pickStepPatch("IGEL_UMS", "servers", stored))).toEqual(["servers"]);
    expect(pickStepPatch("IGEL_UMS", "apply", stored)).toEqual({});
  });
});

describe("mergeStepPatch and list limits", () => {
  it("refuses a patch with more rows than the schema allows, naming the list and the limit", () => {
    const servers = Array.from({ length: 33 }, (_, i) => ({ name: `ums${i}`, address: "" }));
    expect(merge("servers", { servers })).toEqual({
      ok: false,
      error: "servers: a list of at most 32 rows is allowed (found 33); remove the extra rows.",
      fieldErrors: {
        servers: ["a list of at most 32 rows is allowed (found 33); remove the extra rows."],
      },
    });
    expect(merge("servers", { servers: servers.slice(0, 32) }).ok).toBe(true);
  });

  it("answers a 200,000-row port list with one error, not a crash", () => {
    const ports = Array(200_000).fill({ port: 1, purpose: "other", usip: true, enabled: true });
    const result = merge("load-balancing", { loadBalancing: { ...stored.loadBalancing, ports } });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { "loadBalancing.ports": [expect.any(String)] },
    });
  });

  it("refuses text the database cannot store, naming its path", () => {
    expect(merge("dns", { dns: { hostName: "igel\u0000", netscalerRecord: true } })).toEqual({
      ok: false,
      error: "dns.hostName: contains a NUL character (U+0000), which cannot be stored; remove it.",
      fieldErrors: {
        "dns.hostName": ["contains a NUL character (U+0000), which cannot be stored; remove it."],
      },
    });
  });
});
