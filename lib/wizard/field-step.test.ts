import { describe, expect, it } from "vitest";
import { defaultXenMobileDocument } from "@/lib/topology/schema/defaults";
import { validateDocument } from "@/lib/topology/validate";
import { groupIssuesByStep, placeIssue } from "./issue-place";
import { mergeStepPatch } from "./merge-patch";
import { stepStatuses } from "./step-status";
import { editableKeys, fieldStep } from "./steps";
import { shownChecklists } from "./shown-checklists";

const id = "00000000-0000-4000-8000-000000000001";

// XenMobile asks for the XMS FQDN on the MDM step, before MAM and the Gateway build on it.
describe("a field asked for on another step than its key's", () => {
  it("belongs to the MDM step; the rest of dns stays with the DNS step", () => {
    expect(fieldStep("XENMOBILE", "dns.xmsFqdn")).toBe("mdm");
    expect(fieldStep("XENMOBILE", "dns.netscalerRecord")).toBe("dns");
    expect(fieldStep("XENMOBILE", "dns")).toBe("dns");
    expect(fieldStep("XENMOBILE", "mdm.vip")).toBe("mdm");
    expect(fieldStep("IGEL_UMS", "dns.hostname")).toBe("dns");
  });

  it("links its issues to the MDM step's input and groups them there", () => {
    const place = placeIssue("XENMOBILE", {}, id, { path: "dns.xmsFqdn", message: "m" });
    expect(place.step).toBe("mdm");
    expect(place.href).toBe(`/topologies/${id}/wizard/mdm#wf-dns__xmsFqdn`);
    const groups = groupIssuesByStep("XENMOBILE", {}, id, [
      { path: "dns.xmsFqdn", message: "name" },
      { path: "dns.netscalerRecord", message: "record" },
    ]);
    expect(groups.map((g) => [g.step, g.places.map((p) => p.issue.message)])).toEqual([
      ["mdm", ["name"]],
      ["dns", ["record"]],
    ]);
  });

  it("counts an empty XMS FQDN against the MDM step, not the DNS step", () => {
    const doc = defaultXenMobileDocument("XMS");
    const result = validateDocument(doc);
    expect(result.errors.some((issue) => issue.path === "dns.xmsFqdn")).toBe(true);
    const statuses = stepStatuses(
      doc,
      result,
      new Set(["prerequisites", "nodes", "mdm"]),
      {
        planned: false,
        latestRun: null,
      },
      shownChecklists(doc),
    );
    const fqdnOnly = {
      ...result,
      errors: result.errors.filter((issue) => issue.path === "dns.xmsFqdn"),
      warnings: [],
    };
    const only = stepStatuses(
      doc,
      fqdnOnly,
      new Set(["mdm", "dns"]),
      {
        planned: false,
        latestRun: null,
      },
      shownChecklists(doc),
    );
    expect(statuses.mdm?.state).toBe("errors");
    expect(only.mdm).toMatchObject({ state: "errors", errors: 1 });
    expect(only.dns).toMatchObject({ state: "done", errors: 0 });
  });

  it("may be saved from the MDM step, which then sends the whole dns key", () => {
    expect(editableKeys("XENMOBILE", "mdm")).toEqual(expect.arrayContaining(["mdm", "dns"]));
    const stored = defaultXenMobileDocument("XMS");
    const result = mergeStepPatch({
      kind: "XENMOBILE",
      step: "mdm",
      stored,
      patch: { dns: { ...stored.dns, xmsFqdn: "xms.corp.local" } },
      actorName: "Alex",
      now: new Date("2026-12-08T00:00:00.000Z"),
    });
    expect(result.ok && result.document.dns).toEqual({
      xmsFqdn: "xms.corp.local",
      netscalerRecord: true,
    });
    // The other steps still may not.
    const fromMam = mergeStepPatch({
      kind: "XENMOBILE",
      step: "mam",
      stored,
      patch: { dns: {} },
      actorName: "Alex",
      now: new Date("2026-12-08T00:00:00.000Z"),
    });
    expect(fromMam.ok).toBe(false);
  });
});
