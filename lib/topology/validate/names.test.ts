import { describe, expect, it } from "vitest";
import { maxPrefixLength } from "../schema/naming";
import { clone, igelExample, xenMobileExample } from "../testing/examples";
import { validateDocument } from "./validate-document";

function errorsAt(doc: unknown, path: string): string[] {
  return validateDocument(doc)
    .errors.filter((e) => e.path === path)
    .map((e) => e.message);
}

describe("NetScaler name rules on every generated name", () => {
  it("allows letters, digits, space and _ # . : @ = - in the prefix", () => {
    const doc = clone(igelExample());
    doc.prefix = "site A#1.lb:x@y=z-_";
    expect(errorsAt(doc, "prefix")).toEqual([]);
  });

  it("makes the prefix begin with a letter, a digit or an underscore", () => {
    const doc = clone(igelExample());
    doc.prefix = "-igel";
    expect(errorsAt(doc, "prefix")).toEqual([
      "Object-name prefix: start with a letter, a digit or an underscore.",
    ]);
  });

  it("names the characters NetScaler refuses", () => {
    const doc = clone(xenMobileExample());
    doc.prefix = "xms/prod!";
    expect(errorsAt(doc, "prefix")).toEqual([
      'Object-name prefix: remove "/", "!"; use only letters, digits, spaces and _ # . : @ = -.',
    ]);
  });

  it("catches a long prefix on the prefix field, per kind", () => {
    expect(maxPrefixLength("IGEL_UMS")).toBe(118); // 127 - "_sg_65535"
    expect(maxPrefixLength("XENMOBILE")).toBe(109); // 127 - "_mon_getserverinfo"
    const igel = clone(igelExample());
    igel.prefix = "p".repeat(119);
    expect(errorsAt(igel, "prefix")).toEqual([
      "Object-name prefix: use at most 118 characters so every NetScaler object name stays within 127.",
    ]);
    igel.prefix = "p".repeat(118);
    expect(errorsAt(igel, "prefix")).toEqual([]);
  });

  it("catches a long server name on the server's field", () => {
    const doc = clone(igelExample());
    doc.prefix = "p".repeat(100);
    doc.servers[0]!.name = "u".repeat(23); // 100 + "_srv_" + 23 = 128
    expect(errorsAt(doc, "servers.0.name")).toEqual([
      `Server name: use at most 22 characters so the NetScaler server name ${"p".repeat(100)}_srv_… stays within 127.`,
    ]);
    expect(errorsAt(doc, "prefix")).toEqual([]);
  });

  it("rejects characters NetScaler refuses in server names", () => {
    const doc = clone(xenMobileExample());
    doc.nodes[0]!.name = "xms/1";
    expect(errorsAt(doc, "nodes.0.name")).toEqual([
      'Node name: remove "/"; use only letters, digits, spaces and _ # . : @ = -.',
    ]);
  });

  it("checks names of existing objects the topology refers to", () => {
    const doc = clone(xenMobileExample());
    doc.mam.certificate = "-cert";
    doc.gateway.vserverName = "";
    expect(errorsAt(doc, "mam.certificate")).toEqual([
      "Server certificate: the name must begin with a letter, a digit or an underscore.",
    ]);
    expect(errorsAt(doc, "gateway.vserverName")).toEqual([
      "Gateway vserver: enter the NetScaler name, such as ag_vs.",
    ]);
    doc.mam.certificate = "c".repeat(128);
    expect(errorsAt(doc, "mam.certificate")).toEqual([
      "Server certificate: the name is 128 characters long (at most 127).",
    ]);
  });
});
