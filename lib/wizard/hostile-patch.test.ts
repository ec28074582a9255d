// Bad input at scale: thousands of hostile autosave patches through the functions the save-step
// action calls (mergeStepPatch, then the wizard's validation on what was merged). None may
// throw (the action would answer INTERNAL); every refusal names the keys or paths it refuses;
// whatever merges is within the list limits, storable, and carries only server-made ticks.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { unstorableTextProblems } from "@/lib/topology/import/unstorable-text";
import { defaultDocument } from "@/lib/topology/schema/defaults";
import type { TopologyKind } from "@/lib/topology/schema/kinds";
import { MAX_MEMBERS, MAX_PORTS } from "@/lib/topology/schema/list-limits";
import { stepIds, type StepId } from "@/lib/topology/schema/steps";
import {
  hostileObjectArb,
  hostileValueArb,
  prototypeKeys,
} from "@/lib/topology/testing/hostile-arbitraries";
import { mergeStepPatch } from "./merge-patch";
import { editableKeys } from "./steps";
import { validateWizard } from "./validate";

const now = new Date("2026-12-07T12:00:00.000Z");
const kinds: TopologyKind[] = ["IGEL_UMS", "XENMOBILE"];

/** Values a server action's decoder can hand over besides JSON ones. */
const nonJsonArb = fc.constantFrom<unknown>(
  NaN,
  Infinity,
  -Infinity,
  undefined,
  new Date(0),
  10n,
  new Map([["a", 1]]),
  new Set([1]),
  [, 1],
);

/** A step, and a patch whose keys are mostly the step's own (else the merge stops at once). */
const hostilePatchArb = fc
  .constantFrom(...kinds)
  .chain((kind) =>
    fc.tuple(fc.constant(kind), fc.constantFrom<StepId>(...(stepIds[kind] as readonly StepId[]))),
  )
  .chain(([kind, step]) => {
    const own = editableKeys(kind, step);
    const keys = fc.oneof(
      { weight: own.length > 0 ? 8 : 0, arbitrary: fc.constantFrom(...(own.length ? own : ["x"])) },
      { weight: 1, arbitrary: fc.constantFrom(...prototypeKeys, "kind", "name", "schemaVersion") },
    );
    const valueAtKey = fc.oneof(
      { weight: 8, arbitrary: hostileValueArb() },
      { weight: 1, arbitrary: nonJsonArb },
      { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 8 }), nonJsonArb) },
    );
    return fc.record({
      kind: fc.constant(kind),
      step: fc.constant(step),
      patch: fc.oneof(
        hostileObjectArb(keys),
        fc.array(fc.tuple(keys, valueAtKey), { maxLength: 4 }).map((entries) => {
          const out: Record<string, unknown> = {};
          for (const [key, value] of entries) {
            Object.defineProperty(out, key, { value, enumerable: true, configurable: true });
          }
          return out;
        }),
      ),
    });
  });

type Ticks = Record<string, { done?: boolean; by?: string; at?: string } | undefined>;

describe("hostile wizard patches", () => {
  it("never throw on 1,000 patches; refusals name their paths; merges are storable", () => {
    fc.assert(
      fc.property(hostilePatchArb, ({ kind, step, patch }) => {
        const stored = defaultDocument(kind, "Hostile");
        const result = mergeStepPatch({ kind, step, stored, patch, actorName: "Alex", now });
        if (!result.ok) {
          expect(result.error).not.toMatch(/could not be read/);
          const named = result.fieldErrors
            ? Object.keys(result.fieldErrors)
            : (/cannot change (.+); reload/.exec(result.error)?.[1]?.split(", ") ?? []);
          expect(named.length).toBeGreaterThan(0);
          for (const path of named) {
            expect(path).not.toBe("");
            expect(result.error).toContain(path);
          }
          return;
        }
        const document = result.document as unknown as Record<string, unknown>;
        expect(document.kind).toBe(kind);
        expect(document.name).toBe("Hostile");
        const mdm = document.mdm as { ports?: unknown[] } | undefined;
        const lb = document.loadBalancing as { ports?: unknown[] } | undefined;
        for (const list of [document.servers, document.nodes, mdm?.ports, lb?.ports]) {
          if (Array.isArray(list)) {
            expect(list.length).toBeLessThanOrEqual(Math.max(MAX_MEMBERS, MAX_PORTS));
          }
        }
        expect(unstorableTextProblems(document)).toEqual([]);
        expect(JSON.parse(JSON.stringify(document))).toEqual(document);
        // Every tick the patch set is stamped by the server, whatever by/at the patch claimed.
        for (const key of ["prerequisites", "after"]) {
          for (const tick of Object.values((document[key] ?? {}) as Ticks)) {
            if (tick?.done) expect(tick).toEqual({ done: true, by: "Alex", at: now.toISOString() });
            else expect(tick).toEqual({ done: false });
          }
        }
        const validation = validateWizard(result.document);
        for (const issue of [...validation.errors, ...validation.warnings]) {
          expect(typeof issue.path).toBe("string");
          expect(issue.message.trim()).not.toBe("");
        }
      }),
      { numRuns: 1000 },
    );
  });
});
