// Test and benchmark support: N load-balanced vservers created on a simulator over NITRO, and
// the watch set a topology of that size would have (compile caps real documents at a few
// vservers, so 300-vserver topologies are synthesised here).
import type { NitroClient } from "@/lib/nitro";
import { memberKey, vserverKey } from "../keys";
import type { WatchTarget } from "../load-watch";
import type { WatchSet } from "../types";

export interface SyntheticTopology {
  watch: WatchSet;
}

// Addresses must be unique per simulator: each seeding takes the next block.
let nextBlock = 0;

function ip(octet: number, i: number): string {
  return `10.${octet}.${Math.floor(i / 250)}.${(i % 250) + 1}`;
}

async function bulk(client: NitroClient, resource: string, rows: Array<Record<string, unknown>>) {
  const result = await client.addBulk(resource, rows);
  if (!result.ok)
    throw new Error(
      `creating ${resource} failed: ${JSON.stringify(result.items.find((i) => i.status !== "ok"))}`,
    );
}

/** Creates `count` vservers, each with one group of one member, named `<prefix>_…_<i>`. */
export async function seedVservers(
  client: NitroClient,
  topologyId: string,
  prefix: string,
  count: number,
): Promise<WatchSet> {
  const idx = [...Array(count).keys()];
  const block = (nextBlock += 2);
  const names = idx.map((i) => ({
    vs: `${prefix}_vs_${i}`,
    sg: `${prefix}_sg_${i}`,
    srv: `${prefix}_srv_${i}`,
  }));
  await bulk(
    client,
    "server",
    names.map((n, i) => ({ name: n.srv, ipaddress: ip(block, i) })),
  );
  await bulk(
    client,
    "servicegroup",
    names.map((n) => ({ servicegroupname: n.sg, servicetype: "TCP" })),
  );
  await bulk(
    client,
    "lbvserver",
    names.map((n, i) => ({ name: n.vs, servicetype: "TCP", ipv46: ip(block + 1, i), port: 443 })),
  );
  for (const n of names) {
    await client.bind("servicegroup_servicegroupmember_binding", {
      servicegroupname: n.sg,
      servername: n.srv,
      port: 443,
    });
    await client.bind("lbvserver_servicegroup_binding", { name: n.vs, servicegroupname: n.sg });
  }
  return {
    topologyId,
    vservers: names.map((n) => ({
      key: vserverKey(n.vs),
      name: n.vs,
      label: `LB vserver ${n.vs}`,
      groups: [n.sg],
    })),
    members: names.map((n) => ({
      key: memberKey(n.sg, n.srv, 443),
      label: `Member ${n.srv}:443 of ${n.sg}`,
      serviceGroup: n.sg,
      server: n.srv,
      port: 443,
      vservers: [n.vs],
    })),
  };
}

/** Adds a member at 127.0.0.1:`port` (probed for real by the simulator) to the first group. */
export async function addLoopbackMember(
  client: NitroClient,
  watch: WatchSet,
  port: number,
): Promise<string> {
  const first = watch.vservers[0];
  const sg = first?.groups[0];
  if (!first || !sg) throw new Error("the watch set has no vserver");
  const server = `${watch.topologyId.slice(0, 8)}_loop_${port}`;
  await client.add("server", { name: server, ipaddress: "127.0.0.1" });
  await client.bind("servicegroup_servicegroupmember_binding", {
    servicegroupname: sg,
    servername: server,
    port,
  });
  const key = memberKey(sg, server, port);
  watch.members.push({
    key,
    label: `Member ${server}:${port} of ${sg}`,
    serviceGroup: sg,
    server,
    port,
    vservers: [first.name],
  });
  return key;
}

export function targetOf(applianceId: string, watch: WatchSet): WatchTarget {
  return { ok: true, applianceId, watch, desired: { objects: [] } };
}
