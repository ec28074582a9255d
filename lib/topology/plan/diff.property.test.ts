// Properties of the pure planner over every document the compiler's arbitraries produce.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compile } from "../compile";
import { topologyDocumentArb } from "../testing/arbitraries";
import { desiredKey, diff } from "./diff";
import { buildLiveState } from "./live-state";
import { readBack } from "./testing/read-back";
import { tracked } from "./testing/tracked";

const refs = (names: { cert: string[]; gateway: string[] }) => ({
  sslcertkey: names.cert,
  vpnvserver: names.gateway,
});

function referenced(objects: ReturnType<typeof compile>["objects"]) {
  const all = objects.flatMap((o) => o.requires ?? []);
  return refs({
    cert: all.filter((r) => r.resource === "sslcertkey").map((r) => r.name),
    gateway: all.filter((r) => r.resource === "vpnvserver").map((r) => r.name),
  });
}

describe("diff properties", () => {
  it("read-back of what was applied shows zero changes", () => {
    fc.assert(
      fc.property(topologyDocumentArb, (doc) => {
        const desired = compile(doc);
        const live = buildLiveState(readBack(desired.objects), referenced(desired.objects));
        const plan = diff(desired, live, tracked(desired.objects));
        expect(plan.summary.changes).toBe(0);
        expect(plan.summary.unchanged).toBe(desired.objects.length);
        expect(plan.missingReferences).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it("an empty appliance means one create per object, in level order", () => {
    fc.assert(
      fc.property(topologyDocumentArb, (doc) => {
        const desired = compile(doc);
        const plan = diff(desired, buildLiveState({}, referenced(desired.objects)), []);
        expect(plan.summary.create).toBe(desired.objects.length);
        const levels = plan.items.map((i) => i.level);
        expect(levels).toEqual([...levels].sort((a, b) => a - b));
      }),
      { numRuns: 60 },
    );
  });

  it("from A to B: deletes exactly A's objects B does not want, creates B's new ones", () => {
    fc.assert(
      fc.property(topologyDocumentArb, topologyDocumentArb, (docA, docB) => {
        const a = compile(docA);
        const b = compile(docB);
        const live = buildLiveState(readBack(a.objects), referenced(b.objects));
        const plan = diff(b, live, tracked(a.objects));
        const keysA = new Set(a.objects.map(desiredKey));
        const keysB = new Set(b.objects.map(desiredKey));
        const deleted = plan.items.filter((i) => i.action === "delete").map((i) => i.identityKey);
        expect(new Set(deleted)).toEqual(new Set([...keysA].filter((k) => !keysB.has(k))));
        for (const item of plan.items) {
          if (item.action === "create") expect(keysA.has(item.identityKey)).toBe(false);
          expect(item.action).not.toBe("conflict");
        }
      }),
      { numRuns: 60 },
    );
  });
});
