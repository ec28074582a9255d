// readLiveState: one bulk read per resource type, whatever the number of objects.
import { describe, expect, it } from "vitest";
import { NitroError, type GetAllOptions, type NitroRecord } from "@/lib/nitro";
import { readLiveState, type LiveReader } from "./read-live";
import { igelDesired, xenMobileDesired } from "@/lib/topology/plan/testing/fixtures";

class FakeReader implements LiveReader {
  calls: Array<[string, GetAllOptions | undefined]> = [];
  constructor(
    private readonly rows: Record<string, NitroRecord[]> = {},
    private readonly refuseAttrs = false,
  ) {}
  async getAll(resource: string, options?: GetAllOptions): Promise<NitroRecord[]> {
    this.calls.push([resource, options]);
    if (this.refuseAttrs && options?.attrs) throw new NitroError("bad_request", "Invalid attrs");
    return this.rows[resource] ?? [];
  }
}

describe("readLiveState", () => {
  it("reads each resource type once, bindings in bulk, objects with attrs", async () => {
    for (const count of [1, 20]) {
      const reader = new FakeReader();
      await readLiveState(reader, igelDesired(count), []);
      expect(reader.calls.map(([r]) => r).sort()).toEqual([
        "dnsaddrec",
        "lbvserver",
        "lbvserver_servicegroup_binding",
        "server",
        "servicegroup",
        "servicegroup_servicegroupmember_binding",
      ]);
      const byResource = Object.fromEntries(reader.calls);
      expect(byResource.servicegroup_servicegroupmember_binding).toEqual({ bulkBindings: true });
      expect(byResource.lbvserver?.attrs).toEqual(
        expect.arrayContaining(["name", "persistencetype", "timeout"]),
      );
    }
  });

  it("reads referenced certificates and Gateways by name, and never asks for secrets", async () => {
    const reader = new FakeReader({
      sslcertkey: [{ certkey: "xms-cert" }],
      vpnvserver: [{ name: "ag_vs" }],
    });
    const live = await readLiveState(reader, xenMobileDesired(), []);
    expect([...live.references.sslcertkey]).toEqual(["xms-cert"]);
    expect([...live.references.vpnvserver]).toEqual(["ag_vs"]);
    expect(reader.calls.length).toBe(12);
    for (const [, options] of reader.calls) expect(options?.attrs ?? []).not.toContain("password");
  });

  it("falls back to a full read when the firmware refuses an attribute name", async () => {
    const reader = new FakeReader(
      { server: [{ name: "igel_ums1", ipaddress: "10.10.20.11" }] },
      true,
    );
    const live = await readLiveState(reader, igelDesired(1), []);
    expect(live.objects.get("server|name=igel_ums1")).toBeDefined();
  });
});
