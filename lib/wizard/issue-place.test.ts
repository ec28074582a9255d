import { describe, expect, it } from "vitest";
import { defaultIgelUmsDocument } from "@/lib/topology/schema/defaults";
import { igelExample } from "@/lib/topology/testing/examples";
import { groupIssuesByStep, messageAfterLabel, placeIssue } from "./issue-place";

const id = "00000000-0000-4000-8000-000000000001";

describe("issue places", () => {
  it("names a field in the wizard's words and links to its step and input", () => {
    const doc = igelExample();
    const first = doc.servers[0]?.name ?? "";
    const place = placeIssue("IGEL_UMS", doc, id, { path: "servers.0.address", message: "m" });
    expect(place.label).toBe(`Servers › ${first} › Address`);
    expect(place.step).toBe("servers");
    expect(place.href).toBe(`/topologies/${id}/wizard/servers#wf-servers__0__address`);
    expect(placeIssue("IGEL_UMS", doc, id, { path: "database.host", message: "m" }).label).toBe(
      "Database › Host",
    );
  });

  it("names an empty field and a checklist item by their titles, never the raw path", () => {
    const doc = defaultIgelUmsDocument("x");
    const server = placeIssue("IGEL_UMS", doc, id, { path: "servers.0.address", message: "m" });
    expect(server.label).toMatch(/^Servers › .+ › Address$/);
    const tick = placeIssue("IGEL_UMS", doc, id, {
      path: "prerequisites.database-ha",
      message: "m",
    });
    expect(tick.step).toBe("prerequisites");
    expect(tick.label).toMatch(/^Prerequisites › /);
    expect(tick.label).not.toContain("database-ha");
  });

  it("groups issues by their step in wizard order, document-wide ones first", () => {
    const groups = groupIssuesByStep("IGEL_UMS", igelExample(), id, [
      { path: "network.snip", message: "network" },
      { path: "database.host", message: "database" },
      { path: "", message: "whole" },
    ]);
    expect(groups.map((g) => [g.step, g.places.map((p) => p.issue.message)])).toEqual([
      [null, ["whole"]],
      ["database", ["database"]],
      ["network", ["network"]],
    ]);
    expect(groups[0]?.places[0]?.href).toBeNull();
  });

  it("does not repeat the field's name after its label", () => {
    const doc = igelExample();
    const snip = placeIssue("IGEL_UMS", doc, id, {
      path: "network.snip",
      message: "SNIP: 10.10.20.6 is not a SNIP on this NetScaler.",
    });
    expect(snip.label).toBe("Network › SNIP");
    expect(snip.message).toBe("10.10.20.6 is not a SNIP on this NetScaler.");
    expect(messageAfterLabel("Database HA", "Not confirmed yet: Database HA. Tick it.")).toBe(
      "Not confirmed yet. Tick it.",
    );
    // A message about something else keeps its words; a name with regex characters is literal.
    expect(messageAfterLabel("Port", "Address: 10.0.0.1 is taken.")).toBe(
      "Address: 10.0.0.1 is taken.",
    );
    expect(messageAfterLabel("A (b)", "A (b): wrong.")).toBe("wrong.");
    expect(messageAfterLabel(undefined, "Whole document.")).toBe("Whole document.");
  });
});
