import { describe, expect, it } from "vitest";
import { clone, igelExample, xenMobileExample } from "../testing/examples";
import { checklist } from ".";
import {
  igelUmsAfterIds,
  igelUmsPrerequisiteIds,
  xenMobileAfterIds,
  xenMobilePrerequisiteIds,
} from "./ids";

describe("checklists", () => {
  it("cover every stored item id", () => {
    expect(checklist(igelExample(), "prerequisites").map((i) => i.id)).toEqual([
      ...igelUmsPrerequisiteIds,
    ]);
    expect(checklist(xenMobileExample(), "prerequisites").map((i) => i.id)).toEqual([
      ...xenMobilePrerequisiteIds,
    ]);
    expect(checklist(xenMobileExample(), "after").map((i) => i.id)).toEqual([...xenMobileAfterIds]);
    const mixed = clone(igelExample());
    mixed.loadBalancing.osGeneration = "mixed";
    expect(checklist(mixed, "after").map((i) => i.id)).toEqual([...igelUmsAfterIds]);
  });

  it("show only the items for the IGEL OS generation", () => {
    const ids = (os: "11" | "12") => {
      const doc = clone(igelExample());
      doc.loadBalancing.osGeneration = os;
      return checklist(doc, "after").map((i) => i.id);
    };
    expect(ids("11")).not.toContain("cluster-address");
    expect(ids("12")).not.toContain("server-to-device");
  });

  it("fill in the topology's values", () => {
    const igel = checklist(igelExample(), "after");
    expect(igel.find((i) => i.id === "dns-record")?.detail).toContain(
      "igel.corp.local must resolve to 10.10.20.100",
    );
    const xms = checklist(xenMobileExample(), "after");
    expect(xms.find((i) => i.id === "public-dns")?.detail).toContain("MDM VIP 10.20.1.50");
    expect(xms.find((i) => i.id === "gateway-test")?.detail).toContain(
      "App Controller https://xms.corp.local:8443",
    );
    expect(
      checklist({ schemaVersion: 1, kind: "XENMOBILE" }, "prerequisites")[2]?.detail,
    ).toContain("(not entered yet)");
  });
});
