import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compile } from "@/lib/topology/compile";
import { validateDocument } from "@/lib/topology/validate";
import { designRows } from "./design-rows";

function rowsOf(file: string) {
  const validation = validateDocument(JSON.parse(readFileSync(file, "utf8")));
  if (!validation.document) throw new Error(`${file} is not complete`);
  return designRows(compile(validation.document));
}

describe("designRows", () => {
  it("lists each IGEL vserver with its VIP, port, group and members", () => {
    const rows = rowsOf("examples/igel-ums.json");
    expect(rows.map((r) => [r.vserver, r.vip, r.port, r.protocol, r.persistence])).toEqual([
      ["igel_vs_8443", "10.10.20.100", "8443", "TCP", "SOURCEIP"],
      ["igel_vs_9080", "10.10.20.100", "9080", "TCP", "SOURCEIP"],
      ["igel_vs_30001", "10.10.20.100", "30001", "TCP", "SOURCEIP"],
    ]);
    expect(rows[0]?.groups).toEqual([
      {
        name: "igel_sg_8443",
        protocol: "TCP",
        members: [
          { server: "igel_srv_ums1", address: "10.10.20.11", port: "8443", serverId: "" },
          { server: "igel_srv_ums2", address: "10.10.20.12", port: "8443", serverId: "" },
        ],
      },
    ]);
  });

  it("shows XenMobile's server IDs on the MAM members", () => {
    const mam = rowsOf("examples/xenmobile.json").find((r) => r.vserver === "xms_mam_vs_8443");
    expect(mam?.groups[0]?.members.map((m) => m.serverId)).toEqual(["node-a", "node-b"]);
    expect(mam?.persistence).toBe("CUSTOMSERVERID");
  });
});
