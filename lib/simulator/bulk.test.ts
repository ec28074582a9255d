import { describe, expect, it } from "vitest";
import { simulatorWithClientPerFile } from "./testing/client-per-file";

const lab = simulatorWithClientPerFile();

const servers = [
  { name: "ums01", ipaddress: "10.10.20.11" },
  { name: "ums01", ipaddress: "10.10.20.12" }, // duplicate name: fails
  { name: "ums03", ipaddress: "10.10.20.13" },
];

const bulkAdd = (onerror: string, items: unknown[] = servers) =>
  lab.nitro.call(
    "POST",
    "/nitro/v1/config/server",
    { server: items },
    { "X-NITRO-ONERROR": onerror },
  );

const names = async () => (await lab.nitro.rows("config/server?attrs=name")).map((r) => r.name);

describe("bulk requests", () => {
  it("answers 201 Done when every item succeeds", async () => {
    const reply = await bulkAdd("exit", [servers[0], servers[2]]);
    expect(reply.status).toBe(201);
    expect(reply.json).toEqual({ errorcode: 0, message: "Done", severity: "NONE" });
    expect(await names()).toEqual(["ums01", "ums03"]);
  });

  it("stops at the first failure with exit and keeps earlier items (207/1243)", async () => {
    const reply = await bulkAdd("exit");
    expect(reply.status).toBe(207);
    expect(reply.json).toMatchObject({
      errorcode: 1243,
      message: "Bulk operation failed",
      severity: "ERROR",
    });
    expect(reply.json.response).toEqual([
      { errorcode: 0, message: "Done", severity: "NONE" },
      expect.objectContaining({ errorcode: 273, severity: "ERROR" }),
    ]);
    expect(await names()).toEqual(["ums01"]);
  });

  it("runs every item with continue", async () => {
    const reply = await bulkAdd("continue");
    expect(reply.status).toBe(207);
    expect((reply.json.response as unknown[]).length).toBe(3);
    expect(await names()).toEqual(["ums01", "ums03"]);
  });

  it("undoes earlier items with rollback", async () => {
    const reply = await bulkAdd("rollback");
    expect(reply.status).toBe(207);
    expect(await names()).toEqual([]);
  });

  it("refuses rollback for anything but add and bind (1242)", async () => {
    await lab.nitro.add("server", servers[0]);
    const reply = await lab.nitro.call(
      "PUT",
      "/nitro/v1/config/server",
      { server: [{ name: "ums01", comment: "x" }] },
      { "X-NITRO-ONERROR": "rollback" },
    );
    expect([reply.status, reply.json.errorcode]).toEqual([400, 1242]);
  });

  it("binds in bulk and lists every group's members with bulkbindings=yes", async () => {
    await lab.nitro.add("server", [servers[0], servers[2]]);
    await lab.nitro.add("servicegroup", [
      { servicegroupname: "sg_30001", servicetype: "TCP" },
      { servicegroupname: "sg_8443", servicetype: "TCP" },
    ]);
    const members = ["sg_30001", "sg_8443"].flatMap((sg) =>
      ["ums01", "ums03"].map((servername) => ({
        servicegroupname: sg,
        servername,
        port: Number(sg.slice(3)),
      })),
    );
    const bind = await lab.nitro.put("servicegroup_servicegroupmember_binding", members);
    expect(bind.status).toBe(201);
    const all = await lab.nitro.rows(
      "config/servicegroup_servicegroupmember_binding?bulkbindings=yes&attrs=servicegroupname,servername,port",
    );
    expect(all).toHaveLength(4);
    expect(all).toContainEqual({ servicegroupname: "sg_8443", servername: "ums03", port: 8443 });
    const withoutFlag = await lab.nitro.get("config/servicegroup_servicegroupmember_binding");
    expect([withoutFlag.status, withoutFlag.json.errorcode]).toEqual([400, 1095]);
  });

  it("applies bulk actions per item", async () => {
    await lab.nitro.add("lbvserver", [
      { name: "a", servicetype: "TCP" },
      { name: "b", servicetype: "TCP" },
    ]);
    const reply = await lab.nitro.call(
      "POST",
      "/nitro/v1/config/lbvserver?action=disable",
      { lbvserver: [{ name: "a" }, { name: "nope" }, { name: "b" }] },
      { "X-NITRO-ONERROR": "continue" },
    );
    expect(reply.status).toBe(207);
    expect((reply.json.response as { errorcode: number }[]).map((r) => r.errorcode)).toEqual([
      0, 258, 0,
    ]);
    expect(await lab.nitro.rows("config/lbvserver?attrs=state")).toEqual([
      { state: "DISABLED" },
      { state: "DISABLED" },
    ]);
  });
});
