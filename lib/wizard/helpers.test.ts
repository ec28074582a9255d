import { describe, expect, it } from "vitest";
import { defaultIgelUmsDocument } from "@/lib/topology/schema/defaults";
import { getIn, removeAt, setIn } from "./doc-paths";
import { fieldId, isChecklistTick, isRevealed, messagesAt } from "./field-paths";
import { digitsOnly, toWholeNumber } from "./form-values";
import { applyOsGeneration } from "./os-ports";

describe("document paths", () => {
  const doc = defaultIgelUmsDocument("x");

  it("reads and writes by the paths validation reports", () => {
    expect(getIn(doc, "servers.1.name")).toBe("ums2");
    expect(getIn(doc, "servers.5.name")).toBeUndefined();
    const next = setIn(doc, "servers.1.address", "10.10.20.12");
    expect(next.servers[1]).toEqual({ name: "ums2", address: "10.10.20.12" });
    expect(doc.servers[1]?.address).toBe("");
    expect(setIn({}, "network.vip", "1.2.3.4")).toEqual({ network: { vip: "1.2.3.4" } });
    expect(setIn({ a: { b: 1, c: 2 } }, "a.b", undefined)).toEqual({ a: { c: 2 } });
    expect(removeAt(doc, "servers", 0).servers).toEqual([{ name: "ums2", address: "" }]);
  });

  it("maps paths to stable DOM ids and finds their messages", () => {
    expect(fieldId("servers.1.address")).toBe("wf-servers__1__address");
    expect(fieldId("prerequisites.database-ha")).toBe("wf-prerequisites__database-ha");
    const issues = [
      { path: "network.vip", message: "VIP: a" },
      { path: "network.vipx", message: "no" },
    ];
    expect(messagesAt(issues, "network.vip")).toEqual(["VIP: a"]);
  });

  it("reveals a field's messages once it or its list was touched", () => {
    const touched = new Set(["servers.1.address"]);
    expect(isRevealed("servers.1.address", touched, false)).toBe(true);
    expect(isRevealed("servers", touched, false)).toBe(true);
    expect(isRevealed("servers.0.address", touched, false)).toBe(false);
    expect(isRevealed("servers.0.address", new Set(["servers"]), false)).toBe(true);
    expect(isRevealed("network.vip", new Set(), true)).toBe(true);
  });
});

describe("form values", () => {
  it("keeps digits only, so nothing typed is dropped by the draft schema", () => {
    expect(digitsOnly("14a33")).toBe("1433");
    expect(toWholeNumber("")).toBeUndefined();
    expect(toWholeNumber("08443")).toBe(8443);
  });
});

describe("OS generation", () => {
  it("switches the standard ports and keeps the admin's own choices", () => {
    const base = defaultIgelUmsDocument("x").loadBalancing;
    const custom = {
      ...base,
      ports: [
        ...base.ports.map((p) => (p.port === 8443 ? { ...p, usip: true } : p)),
        { port: 8080, purpose: "other" as const, usip: false, enabled: true },
      ],
    };
    const os12 = applyOsGeneration(custom, "12");
    expect(os12.osGeneration).toBe("12");
    expect(os12.ports.map((p) => [p.port, p.enabled, p.usip])).toEqual([
      [30001, false, true],
      [8443, true, true],
      [9080, false, true],
      [8080, true, false],
    ]);
    expect(applyOsGeneration(undefined, "11").ports).toHaveLength(3);
  });
});

describe("checklist ticks", () => {
  it("are an item directly under prerequisites or after, nothing deeper or elsewhere", () => {
    expect(isChecklistTick("prerequisites.gateway-exists")).toBe(true);
    expect(isChecklistTick("after.dns-record")).toBe(true);
    expect(isChecklistTick("prerequisites")).toBe(false);
    expect(isChecklistTick("prerequisites.gateway-exists.by")).toBe(false);
    expect(isChecklistTick("loadBalancing.osGeneration")).toBe(false);
  });
});
