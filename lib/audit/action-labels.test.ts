// Every action the code records has plain words in lib/audit/action-labels.ts (found by
// scanning the source, so a new event cannot ship without them), and the words read right.
import { describe, expect, it } from "vitest";
import {
  actionLabels,
  actionsMatching,
  describeAction,
  isKnownAction,
  knownActions,
  type EventFacts,
} from "@/lib/audit/action-labels";
import { actionCategories, actionMenu } from "@/lib/audit/action-categories";
import { isTestFile, sourceFiles } from "@/lib/audit/testing/source-files";

const LABELS_FILE = "lib/audit/action-labels.ts";
const ACTION = /^[a-z]+\.[a-z_]+$/;
const literal = /["'`]([a-z]+\.[a-z_]+)["'`]/g;
/** `action: …` and `auditAction: …` up to the end of the expression (ternaries included). */
const actionProperty = /\b(?:action|auditAction)\s*:\s*([^,;\n}]+)/g;

/** Action strings in the source: values of action properties, and audit-looking literals. */
function actionsInSource(): Map<string, string> {
  const found = new Map<string, string>();
  const prefixes = actionCategories.map((category) => category.prefix);
  for (const file of sourceFiles()) {
    if (isTestFile(file) || file.path === LABELS_FILE || !/audit/i.test(file.text)) continue;
    const add = (value: string) => {
      if (ACTION.test(value) && !found.has(value)) found.set(value, file.path);
    };
    for (const [, expression = ""] of file.text.matchAll(actionProperty)) {
      for (const [, value = ""] of expression.matchAll(literal)) add(value);
    }
    for (const [, value = ""] of file.text.matchAll(literal)) {
      if (prefixes.some((prefix) => value.startsWith(prefix))) add(value);
    }
  }
  return found;
}

const facts = (overrides: Partial<EventFacts> = {}): EventFacts => ({
  target: "UMS production",
  detail: {},
  nameOf: (id) => (id === "appliance-1" ? "adc1" : id === "topology-0" ? "UMS staging" : null),
  self: false,
  ...overrides,
});

describe("audit action labels", () => {
  it("cover every action recorded anywhere in the code", () => {
    const found = actionsInSource();
    // The scan itself works: these are recorded in different ways (literal, ternary, union).
    for (const action of ["topology.apply", "topology.restored", "auth.signed_in"]) {
      expect(found.has(action), action).toBe(true);
    }
    const missing = [...found].filter(([action]) => !isKnownAction(action));
    expect(missing.map(([action, file]) => `${action} (${file})`)).toEqual([]);
  });

  it("cover the sharing events", () => {
    const sharing = [
      "member.invited",
      "invitation.canceled",
      "invitation.relinked",
      "invitation.accepted",
      "member.role_changed",
      "member.removed",
      "share.created",
      "share.revoked",
      "topology.restored",
      "topology.imported",
      "topology.edited",
      "topology.planned",
      "topology.apply_started",
      "topology.apply_resumed",
      "topology.rollback_started",
      "topology.rollback",
    ];
    expect(sharing.filter((action) => !isKnownAction(action))).toEqual([]);
  });

  it("put every action in exactly one category of the filter menu", () => {
    const inMenu = actionMenu().flatMap((group) => group.actions.map((item) => item.action));
    expect([...inMenu].sort()).toEqual([...knownActions].sort());
    for (const action of knownActions) expect(actionLabels[action].short).not.toBe("");
  });

  it("describe events in plain words", () => {
    expect(describeAction("topology.apply", facts({ detail: { status: "SUCCEEDED" } }))).toBe(
      "Applied topology UMS production",
    );
    expect(
      describeAction(
        "topology.apply",
        facts({ detail: { status: "ROLLED_BACK", applianceId: "appliance-1" } }),
      ),
    ).toBe("Apply of topology UMS production on adc1 failed and was rolled back");
    expect(
      describeAction(
        "member.role_changed",
        facts({ target: "Bob", detail: { from: "viewer", to: "editor" } }),
      ),
    ).toBe("Changed Bob's role from viewer to editor");
    expect(describeAction("share.created", facts())).toBe(
      "Created a read-only link to topology UMS production",
    );
    expect(
      describeAction("member.invited", facts({ target: "a@x.test", detail: { role: "editor" } })),
    ).toBe("Invited a@x.test as an editor");
    expect(describeAction("member.removed", facts({ target: "Bob", self: true }))).toBe(
      "Left the workspace",
    );
    expect(
      describeAction("topology.duplicated", facts({ detail: { sourceId: "topology-0" } })),
    ).toBe("Duplicated topology UMS staging as UMS production");
    expect(
      describeAction(
        "topology.planned",
        facts({ detail: { changes: 1, applianceId: "appliance-1" } }),
      ),
    ).toBe("Planned topology UMS production on adc1 (1 change)");
  });

  it("describe renaming the workspace and an apply the app stopped in the middle of", () => {
    expect(
      describeAction(
        "workspace.renamed",
        facts({ target: "Datacenter", detail: { from: "Datacenter team", to: "Datacenter" } }),
      ),
    ).toBe("Renamed the workspace from Datacenter team to Datacenter");
    expect(describeAction("topology.apply_interrupted", facts({ detail: { runId: "r" } }))).toBe(
      "An apply of topology UMS production was interrupted (the app stopped mid-run)",
    );
  });

  it("tell restoring from the archive from restoring a version", () => {
    expect(describeAction("topology.restored", facts())).toBe(
      "Restored topology UMS production from the archive",
    );
    expect(
      describeAction("topology.restored", facts({ detail: { fromVersion: 4, newVersion: 9 } })),
    ).toBe("Restored topology UMS production to version 4");
  });

  it("tell importing into a topology from creating one by import", () => {
    expect(describeAction("topology.imported", facts())).toBe(
      "Imported a document into topology UMS production",
    );
    expect(
      describeAction(
        "topology.imported",
        facts({ detail: { created: true, fileName: "ums.json", kind: "IGEL_UMS" } }),
      ),
    ).toBe("Created topology UMS production from an imported document (ums.json)");
  });

  it("still show an action this version does not know", () => {
    expect(describeAction("workspace.deleted", facts())).toBe("Recorded “workspace.deleted”");
  });

  it("find actions by their words for the free-text filter", () => {
    expect(actionsMatching("read-only")).toEqual(["share.created", "share.revoked"]);
    expect(actionsMatching("apply finished")).toEqual(["topology.apply"]);
    expect(actionsMatching("  ")).toEqual([]);
  });
});
