// The exported NITRO request lists, replayed against the built-in simulator over loopback HTTP:
// every call is accepted (names, value forms, bind order), a second compile finds the objects,
// and the rollback list removes them again. The simulator never contacts the example addresses.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningSimulator } from "@/lib/simulator";
import { startWithClient, type TestNitro } from "@/lib/simulator/testing/nitro-client";
import { compile } from "../compile";
import { clone, igelExample, xenMobileExample } from "../testing/examples";
import { nitroRequests, nitroRollbackRequests, type NitroRequest } from "./nitro-requests";

let sim: RunningSimulator;
let nitro: TestNitro;

beforeAll(async () => {
  ({ sim, nitro } = await startWithClient({ seed: true, probeIntervalMs: 60_000 }));
});

afterAll(async () => {
  await sim.close();
});

async function replay(requests: NitroRequest[]): Promise<string[]> {
  const failures: string[] = [];
  for (const r of requests) {
    const reply = await nitro.call(r.method, r.path, r.body);
    if (reply.status >= 300)
      failures.push(`${r.method} ${r.path}: ${reply.status} ${JSON.stringify(reply.json)}`);
  }
  return failures;
}

const xenMobileWithMonitor = () => {
  const doc = clone(xenMobileExample());
  doc.monitor = { enabled: true, expectedReply: '"status":"ok"' };
  return doc;
};

describe.each([
  { name: "IGEL UMS", doc: igelExample },
  { name: "XenMobile", doc: xenMobileWithMonitor },
])("$name requests on the simulator", ({ doc }) => {
  it("are all accepted, and the rollback removes everything again", async () => {
    const config = compile(doc());
    expect(await replay(nitroRequests(config))).toEqual([]);
    const vservers = await nitro.rows("config/lbvserver");
    const created = config.objects
      .filter((o) => o.resource === "lbvserver")
      .map((o) => o.identity.name);
    expect(vservers.map((v) => v.name)).toEqual(expect.arrayContaining(created));
    expect(await replay(nitroRollbackRequests(config))).toEqual([]);
    const left = (await nitro.rows("config/lbvserver")).map((v) => v.name);
    for (const name of created) expect(left).not.toContain(name);
  });
});
