// Properties over generated valid topologies (see arbitraries.ts).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compile } from "../compile";
import { applyLevels, type DesiredObject } from "../compile/desired";
import { cliBatch, cliRollback, exportDocumentJson, importDocumentJson } from "../export";
import { parseDocument } from "../schema/migrate";
import { nsNameProblem } from "../schema/ns-name";
import { topologyDocumentSchema, validateDocument } from "../validate";
import { topologyDocumentArb } from "./arbitraries";

const NAME_ATTRIBUTES: Partial<Record<DesiredObject["resource"], string>> = {
  server: "name",
  servicegroup: "servicegroupname",
  lbvserver: "name",
  lbmonitor: "monitorname",
};

/** The same data with every object's keys in reverse order. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reverseKeys(v)]),
    );
  }
  return value;
}

describe("generated topologies", () => {
  it("are valid (no errors; Review's schema accepts them)", () => {
    fc.assert(
      fc.property(topologyDocumentArb, (doc) => {
        expect(validateDocument(doc).errors).toEqual([]);
        expect(topologyDocumentSchema.safeParse(doc).success).toBe(true);
      }),
    );
  });

  it("compile deterministically to objects with unique ids in apply order", () => {
    fc.assert(
      fc.property(topologyDocumentArb, (doc) => {
        const { objects } = compile(doc);
        expect(compile(structuredClone(doc))).toEqual({ objects });
        expect(new Set(objects.map((o) => o.id)).size).toBe(objects.length);
        objects.forEach((o, i) => {
          const next = objects[i + 1];
          if (!next) return;
          const order = applyLevels[o.resource] - applyLevels[next.resource];
          expect(order < 0 || (order === 0 && o.id < next.id)).toBe(true);
        });
      }),
    );
  });

  it("place every dependency before its dependent", () => {
    fc.assert(
      fc.property(topologyDocumentArb, (doc) => {
        const { objects } = compile(doc);
        const index = new Map(objects.map((o, i) => [o.id, i]));
        for (const [i, o] of objects.entries()) {
          for (const dep of o.dependsOn) {
            expect(index.get(dep), `${o.id} needs ${dep}`).toBeLessThan(i);
            const depObject = objects[index.get(dep) ?? -1];
            expect(applyLevels[depObject?.resource ?? "server"]).toBeLessThan(
              applyLevels[o.resource],
            );
          }
        }
      }),
    );
  });

  it("bind every server on the port of every group (members = servers × groups)", () => {
    fc.assert(
      fc.property(topologyDocumentArb, (doc) => {
        const { objects } = compile(doc);
        const serverCount = doc.kind === "IGEL_UMS" ? doc.servers.length : doc.nodes.length;
        const groups = objects.filter((o) => o.resource === "servicegroup");
        const members = objects.filter(
          (o) => o.resource === "servicegroup_servicegroupmember_binding",
        );
        expect(members).toHaveLength(serverCount * groups.length);
        for (const group of groups) {
          const mine = members.filter(
            (m) => m.attributes.servicegroupname === group.identity.servicegroupname,
          );
          expect(new Set(mine.map((m) => m.attributes.servername)).size).toBe(serverCount);
        }
      }),
    );
  });

  it("give every generated object a name NetScaler accepts", () => {
    fc.assert(
      fc.property(topologyDocumentArb, (doc) => {
        for (const o of compile(doc).objects) {
          const attribute = NAME_ATTRIBUTES[o.resource];
          if (attribute) expect(nsNameProblem(String(o.attributes[attribute]))).toBeUndefined();
        }
      }),
    );
  });

  it("mark every binding attribute immutable", () => {
    fc.assert(
      fc.property(topologyDocumentArb, (doc) => {
        for (const o of compile(doc).objects) {
          if (o.resource.endsWith("_binding")) {
            expect([...o.immutable].sort()).toEqual(Object.keys(o.attributes).sort());
          }
        }
      }),
    );
  });

  it("export to one CLI line per object, rollback likewise, both ending with a save", () => {
    fc.assert(
      fc.property(topologyDocumentArb, (doc) => {
        const config = compile(doc);
        for (const text of [cliBatch(config), cliRollback(config)]) {
          const lines = text.trimEnd().split("\n");
          expect(lines).toHaveLength(config.objects.length + 1);
          expect(lines.at(-1)).toBe("save ns config");
        }
      }),
    );
  });

  it("export to JSON and parse back byte-identically, whatever the key order", () => {
    fc.assert(
      fc.property(topologyDocumentArb, (doc) => {
        const text = exportDocumentJson(doc);
        const back = importDocumentJson(text);
        expect(back.ok).toBe(true);
        if (back.ok) expect(exportDocumentJson(back.document)).toBe(text);
        const shuffled = parseDocument(reverseKeys(doc));
        if (shuffled.ok) expect(exportDocumentJson(shuffled.document)).toBe(text);
        expect(shuffled.ok).toBe(true);
      }),
    );
  });
});

describe("drafts", () => {
  it("always save: any partial document of a known kind parses", () => {
    const partial = topologyDocumentArb.chain((doc) =>
      fc.subarray(Object.keys(doc)).map((keep) => ({
        ...Object.fromEntries(Object.entries(doc).filter(([k]) => keep.includes(k))),
        kind: doc.kind,
      })),
    );
    fc.assert(
      fc.property(partial, (draft) => {
        expect(parseDocument(draft).ok).toBe(true);
      }),
    );
  });

  it("survive wrong types anywhere and still report errors instead of throwing", () => {
    const junk = fc.record({
      kind: fc.constantFrom("IGEL_UMS", "XENMOBILE"),
      body: fc.dictionary(
        fc.constantFrom(
          "name",
          "prefix",
          "servers",
          "nodes",
          "network",
          "mdm",
          "mam",
          "loadBalancing",
          "dns",
          "after",
        ),
        fc.jsonValue(),
      ),
    });
    fc.assert(
      fc.property(junk, ({ kind, body }) => {
        const parsed = parseDocument({ ...body, kind });
        expect(parsed.ok).toBe(true);
        expect(() => validateDocument({ ...body, kind })).not.toThrow();
      }),
    );
  });
});
