// The pure planner against realistic NITRO read-back (strings for numbers, defaults filled in
// or left out, enum case, "None" for unset), for every managed resource.
import { describe, expect, it } from "vitest";
import type { DesiredConfig, DesiredObject } from "../compile/desired";
import { desiredKey, diff } from "./diff";
import { buildLiveState, type LiveRows } from "./live-state";
import { igelDesired, object, xenMobileDesired } from "./testing/fixtures";
import { readBack } from "./testing/read-back";
import { tracked } from "./testing/tracked";
import type { Plan } from "./types";

const refs = { sslcertkey: ["xms-cert", "ns-server-certificate"], vpnvserver: ["ag_vs"] };

function planFor(desired: DesiredConfig, rows: LiveRows, mine = tracked(desired.objects)): Plan {
  return diff(desired, buildLiveState(rows, refs), mine);
}

const actions = (plan: Plan) => Object.fromEntries(plan.items.map((i) => [i.id, i.action]));

describe("diff: read-back normalisation", () => {
  it.each([
    ["IGEL UMS", igelDesired(3)],
    ["XenMobile", xenMobileDesired(3)],
  ])("shows no change for %s objects read back in NITRO's shapes", (_name, desired) => {
    const plan = planFor(desired, readBack(desired.objects));
    expect(plan.summary.unchanged).toBe(desired.objects.length);
    expect(plan.summary.changes).toBe(0);
    expect(plan.missingReferences).toEqual([]);
  });

  it("covers every managed resource in the fixtures", () => {
    const resources = new Set(
      [...igelDesired().objects, ...xenMobileDesired().objects].map((o) => o.resource),
    );
    expect(resources.size).toBe(10);
  });

  it("reads a missing attribute as the appliance's default", () => {
    const desired = {
      objects: [
        object("servicegroup_servicegroupmember_binding", {
          servicegroupname: "sg",
          servername: "s1",
          port: 80,
          weight: 1,
        }),
        object("lbvserver", {
          name: "vs",
          servicetype: "HTTP",
          timeout: 2,
          lbmethod: "LEASTCONNECTION",
        }),
        object("dnsaddrec", { hostname: "a.corp.local", ipaddress: "10.0.0.1", ttl: 3600 }),
        object("sslvserver_sslcertkey_binding", {
          vservername: "vs",
          certkeyname: "c",
          snicert: false,
        }),
        object("servicegroup_lbmonitor_binding", {
          servicegroupname: "sg",
          monitor_name: "m",
          monstate: "ENABLED",
        }),
      ],
    };
    const rows: LiveRows = {
      servicegroup_servicegroupmember_binding: [
        { servicegroupname: "sg", servername: "s1", port: 80 },
      ],
      lbvserver: [{ name: "vs", servicetype: "HTTP" }],
      dnsaddrec: [{ hostname: "A.corp.local.", ipaddress: "10.0.0.1" }],
      sslvserver_sslcertkey_binding: [{ vservername: "vs", certkeyname: "c" }],
      servicegroup_lbmonitor_binding: [{ servicegroupname: "sg", monitor_name: "m" }],
    };
    expect(planFor(desired, rows).summary.unchanged).toBe(5);
  });

  it("compares numbers, flags and enum tokens by meaning, text exactly", () => {
    const vs = object("lbvserver", {
      name: "vs",
      servicetype: "ssl",
      port: 8443,
      timeout: 5,
      persistencetype: "CUSTOMSERVERID",
      rule: 'HTTP.REQ.COOKIE.VALUE("ACNODEID")',
    });
    const sg = object("servicegroup", {
      servicegroupname: "sg",
      servicetype: "TCP",
      usip: "YES",
      cip: "DISABLED",
    });
    const same: LiveRows = {
      lbvserver: [
        {
          name: "vs",
          servicetype: "SSL",
          port: "8443",
          timeout: "5",
          persistencetype: "customserverid",
          rule: 'HTTP.REQ.COOKIE.VALUE("ACNODEID")',
        },
      ],
      servicegroup: [{ servicegroupname: "sg", servicetype: "TCP", usip: "ENABLED", cip: "NO" }],
    };
    expect(planFor({ objects: [vs, sg] }, same).summary.unchanged).toBe(2);
    const rule = {
      ...same,
      lbvserver: [{ ...same.lbvserver?.[0], rule: 'HTTP.REQ.COOKIE.VALUE("acnodeid")' }],
    };
    expect(actions(planFor({ objects: [vs, sg] }, rule))[vs.id]).toBe("update");
  });

  it("treats the appliance's tokens for unset as unset", () => {
    const member = object("servicegroup_servicegroupmember_binding", {
      servicegroupname: "sg",
      servername: "s",
      port: 443,
    });
    const vs = object("lbvserver", { name: "vs", servicetype: "TCP" });
    const rows: LiveRows = {
      servicegroup_servicegroupmember_binding: [
        { servicegroupname: "sg", servername: "s", port: 443, customserverid: "None" },
      ],
      lbvserver: [{ name: "vs", servicetype: "TCP", rule: "none", ipv46: "0.0.0.0" }],
    };
    expect(planFor({ objects: [member, vs] }, rows).summary.unchanged).toBe(2);
  });
});

describe("diff: actions", () => {
  it("creates what is missing and updates what differs, old → new", () => {
    const desired = igelDesired(2);
    const rows = readBack(desired.objects.filter((o) => o.resource !== "dnsaddrec"));
    const vs = rows.lbvserver?.[0];
    if (vs) vs.timeout = "10";
    const plan = planFor(desired, rows);
    expect(plan.summary).toMatchObject({ create: 1, update: 1, changes: 2 });
    const update = plan.items.find((i) => i.action === "update");
    expect(update?.changes).toEqual([
      { name: "timeout", from: 10, to: 5, immutable: false, secret: false },
    ]);
    expect(update?.before).toMatchObject({ timeout: 10, port: 30001 });
  });

  it("replaces on an immutable change, with everything bound to it, and marks it dangerous", () => {
    const desired = igelDesired(2);
    const rows = readBack(desired.objects);
    const sg = rows.servicegroup?.find((r) => r.servicegroupname === "igel_sg_8443");
    if (sg) sg.servicetype = "HTTP";
    const plan = planFor(desired, rows);
    const replaced = plan.items.filter((i) => i.action === "replace").map((i) => i.id);
    expect(replaced.sort()).toEqual(
      [
        "servicegroup/igel_sg_8443",
        "servicegroup_servicegroupmember_binding/igel_sg_8443/igel_ums1/8443",
        "servicegroup_servicegroupmember_binding/igel_sg_8443/igel_ums2/8443",
        "lbvserver_servicegroup_binding/igel_vs_8443/igel_sg_8443",
      ].sort(),
    );
    expect(plan.items.filter((i) => i.action === "replace").every((i) => i.dangerous)).toBe(true);
  });

  it("keys members by group, server and port", () => {
    const desired = igelDesired(1);
    const rows = readBack(desired.objects);
    rows.servicegroup_servicegroupmember_binding =
      rows.servicegroup_servicegroupmember_binding?.filter((m) => m.port !== 9080);
    const creates = planFor(desired, rows).items.filter((i) => i.action === "create");
    expect(creates.map((i) => i.id)).toEqual([
      "servicegroup_servicegroupmember_binding/igel_sg_9080/igel_ums1/9080",
    ]);
  });

  it("deletes only objects this topology applied and no longer wants", () => {
    const before = igelDesired(3);
    const after = igelDesired(2);
    const rows = readBack(before.objects);
    rows.server = [
      ...(rows.server ?? []),
      { name: "other", ipaddress: "10.9.9.9", state: "ENABLED" },
    ];
    const plan = planFor(after, rows, tracked(before.objects));
    const deleted = plan.items.filter((i) => i.action === "delete").map((i) => i.id);
    expect(deleted.sort()).toEqual(
      [
        "server/igel_ums3",
        "servicegroup_servicegroupmember_binding/igel_sg_30001/igel_ums3/30001",
        "servicegroup_servicegroupmember_binding/igel_sg_8443/igel_ums3/8443",
        "servicegroup_servicegroupmember_binding/igel_sg_9080/igel_ums3/9080",
      ].sort(),
    );
    expect(plan.items.find((i) => i.id === "server/igel_ums3")?.before).toMatchObject({
      ipaddress: "10.10.20.13",
    });
  });

  it("reports an untracked object with a wanted identity as a conflict, and adopts on request", () => {
    const desired = igelDesired(1);
    const rows = readBack(desired.objects);
    const mine = tracked(desired.objects.filter((o) => o.id !== "server/igel_ums1"));
    const refused = planFor(desired, rows, mine);
    const conflict = refused.items.find((i) => i.id === "server/igel_ums1");
    expect(conflict).toMatchObject({ action: "conflict", adoptable: true });
    const adopted = diff(desired, buildLiveState(rows, refs), mine, {
      adopt: ["server/igel_ums1"],
    });
    expect(adopted.items.find((i) => i.id === "server/igel_ums1")).toMatchObject({
      action: "unchanged",
      adopt: true,
    });
    const other = new Map([[desiredKey(desired.objects[0] as DesiredObject), "topology-2"]]);
    const foreign = diff(desired, buildLiveState(rows, refs), mine, {
      adopt: ["server/igel_ums1"],
      ownedElsewhere: other,
    });
    expect(foreign.items.find((i) => i.id === "server/igel_ums1")).toMatchObject({
      action: "conflict",
      adoptable: false,
      ownedByTopologyId: "topology-2",
    });
  });

  it("releases adopted objects instead of deleting them, and forgets vanished ones", () => {
    const old = igelDesired(2);
    const desired = igelDesired(1);
    const rows = readBack(
      old.objects.filter(
        (o) => o.id !== "servicegroup_servicegroupmember_binding/igel_sg_8443/igel_ums2/8443",
      ),
    );
    const mine = tracked(old.objects).map((t) =>
      t.objectId === "server/igel_ums2" ? { ...t, adopted: true } : t,
    );
    const plan = planFor(desired, rows, mine);
    expect(plan.releases.map((r) => r.id)).toEqual(["server/igel_ums2"]);
    expect(plan.items.some((i) => i.id === "server/igel_ums2")).toBe(false);
    expect(plan.forget).toEqual([
      "servicegroup_servicegroupmember_binding|servicegroupname=igel_sg_8443|servername=igel_ums2|port=8443",
    ]);
  });

  it("turns a create on an IP another server holds into a non-adoptable conflict", () => {
    const desired = { objects: [object("server", { name: "new", ipaddress: "10.1.1.1" })] };
    const plan = planFor(desired, { server: [{ name: "old", ipaddress: "10.1.1.1" }] }, []);
    expect(plan.items[0]).toMatchObject({ action: "conflict", adoptable: false });
    expect(plan.items[0]?.reason).toContain('server "old"');
  });

  it("reports missing certificates and Gateway vservers", () => {
    const desired = xenMobileDesired(2);
    const plan = diff(
      desired,
      buildLiveState(readBack(desired.objects), {}),
      tracked(desired.objects),
    );
    expect(plan.missingReferences.map((r) => `${r.resource}:${r.name}`)).toEqual([
      "sslcertkey:xms-cert",
      "vpnvserver:ag_vs",
    ]);
    expect(plan.summary.missingReferences).toBe(2);
  });

  it("orders items deterministically and hashes equal plans equally", () => {
    const desired = xenMobileDesired(2);
    const shuffled = { objects: [...desired.objects].reverse() };
    const a = planFor(desired, {}, []);
    const b = planFor(shuffled, {}, []);
    expect(a.items.map((i) => i.id)).toEqual(b.items.map((i) => i.id));
    expect(a.hash).toBe(b.hash);
    const levels = a.items.map((i) => i.level);
    expect(levels).toEqual([...levels].sort((x, y) => x - y));
  });
});

describe("diff: secrets", () => {
  const monitor = object(
    "lbmonitor",
    { monitorname: "db_mon", type: "MYSQL", username: "probe", password: "Sup3r-Secret-Pw" },
    { secrets: ["password"] },
  );

  it("never puts a secret value into a plan, and strips secrets from read-back", () => {
    const create = planFor({ objects: [monitor] }, {}, []);
    expect(JSON.stringify(create)).not.toContain("Sup3r-Secret-Pw");
    const rows: LiveRows = {
      lbmonitor: [
        { monitorname: "db_mon", type: "MYSQL", username: "other", password: "Sup3r-Secret-Pw" },
      ],
    };
    const update = planFor({ objects: [monitor] }, rows);
    expect(update.items[0]?.action).toBe("update");
    expect(JSON.stringify(update)).not.toContain("Sup3r-Secret-Pw");
  });

  it("notices a changed secret through the recorded digest only", () => {
    const digest = (_k: string, _a: string, v: unknown) => `d:${String(v).length}`;
    const rows: LiveRows = {
      lbmonitor: [{ monitorname: "db_mon", type: "MYSQL", username: "probe" }],
    };
    const [mine] = tracked([monitor]);
    if (!mine) throw new Error("fixture");
    const same = {
      ...mine,
      attributes: { ...mine.attributes, password: digest("", "", "Sup3r-Secret-Pw") },
    };
    const live = buildLiveState(rows, refs);
    expect(
      diff({ objects: [monitor] }, live, [same], { secretDigest: digest }).summary.unchanged,
    ).toBe(1);
    const changed = { ...same, attributes: { ...same.attributes, password: "d:3" } };
    const plan = diff({ objects: [monitor] }, live, [changed], { secretDigest: digest });
    expect(plan.items[0]?.changes).toEqual([
      { name: "password", from: "********", to: "********", immutable: false, secret: true },
    ]);
  });
});
