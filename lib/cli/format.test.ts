// Plan output: the text lines people read and the one JSON object programs parse.
import { describe, expect, it } from "vitest";
import type { Plan, PlanItem } from "@/lib/topology/plan";
import { planJson } from "./format-json";
import { itemLine, planText, summaryLine } from "./format-text";
import { redact, addSecret } from "./output";

function item(action: PlanItem["action"], extra: Partial<PlanItem> = {}): PlanItem {
  return {
    id: `lbvserver/vs_${action}`,
    identityKey: `lbvserver|name=vs_${action}`,
    resource: "lbvserver",
    level: 3,
    label: `LB vserver vs_${action}`,
    action,
    identity: { name: `vs_${action}` },
    changes: [],
    dangerous: false,
    ...extra,
  };
}

function plan(items: PlanItem[], missing: Plan["missingReferences"] = []): Plan {
  const count = (action: PlanItem["action"]) => items.filter((i) => i.action === action).length;
  const summary = {
    create: count("create"),
    update: count("update"),
    unchanged: count("unchanged"),
    replace: count("replace"),
    delete: count("delete"),
    conflict: count("conflict"),
    total: items.length,
    changes: count("create") + count("update") + count("replace") + count("delete"),
    missingReferences: missing.length,
    releases: 0,
  };
  return { items, missingReferences: missing, releases: [], forget: [], summary, hash: "h" };
}

const change = (name: string, from: string | number | null, to: string | number | null) => ({
  name,
  from,
  to,
  immutable: false,
  secret: false,
});

describe("text format", () => {
  it("one line per action, with changes and reasons", () => {
    expect(itemLine(item("create"))).toBe("+ create  LB vserver vs_create");
    const update = item("update", {
      changes: [change("timeout", 5, 10), change("rule", null, "")],
    });
    expect(itemLine(update)).toBe(
      '~ update  LB vserver vs_update  timeout: 5 → 10, rule: (not set) → ""',
    );
    const replace = item("replace", {
      changes: [{ ...change("port", 443, 8443), immutable: true }],
      reason: "port cannot change in place: deleted and re-created",
    });
    expect(itemLine(replace)).toBe(
      "-/+ replace LB vserver vs_replace  port: 443 → 8443 (port cannot change in place: deleted and re-created)",
    );
    expect(itemLine(item("delete"))).toBe("- delete  LB vserver vs_delete");
    const conflict = item("conflict", {
      reason: "Exists on the appliance but was not created by this topology",
    });
    expect(itemLine(conflict)).toBe(
      "! conflict LB vserver vs_conflict  Exists on the appliance but was not created by this topology",
    );
  });

  it("summarises, skips unchanged objects, and says No changes. when there are none", () => {
    const mixed = plan([item("create"), item("unchanged"), item("delete"), item("conflict")]);
    expect(summaryLine(mixed)).toBe(
      "1 to create, 0 to update, 0 to replace, 1 to delete, 1 unchanged, 1 in conflict",
    );
    expect(planText(mixed, true)).toHaveLength(4);
    expect(planText(plan([item("unchanged")]), true)).toEqual(["No changes."]);
  });

  it("lists missing references, as unchecked without an appliance", () => {
    const missing = [
      { objectId: "x", label: "Certificate c on vs", resource: "sslcertkey" as const, name: "c" },
    ];
    const lines = planText(plan([item("create")], missing), false);
    expect(lines.slice(-2)).toEqual([
      "Required on the appliance (not checked without --appliance):",
      "  sslcertkey c (needed by Certificate c on vs)",
    ]);
    expect(planText(plan([item("create")], missing), true)).toContain(
      "Missing on the appliance (create them first):",
    );
  });
});

describe("json format", () => {
  it("is one object with items {id, action, resource, label, changes}", () => {
    const parsed = JSON.parse(
      planJson(plan([item("update", { changes: [change("timeout", 5, 10)] })])),
    );
    expect(parsed).toEqual({
      items: [
        {
          id: "lbvserver/vs_update",
          action: "update",
          resource: "lbvserver",
          label: "LB vserver vs_update",
          changes: [change("timeout", 5, 10)],
        },
      ],
      summary: expect.objectContaining({ update: 1, changes: 1 }),
      missingReferences: [],
      hash: "h",
    });
  });
});

describe("redaction", () => {
  it("hides a registered secret in every form it could be printed in", () => {
    addSecret('p@ss"word');
    expect(redact('pw=p@ss"word url=p%40ss%22word json="p@ss\\"word"')).toBe(
      'pw=*** url=*** json="***"',
    );
  });
});
