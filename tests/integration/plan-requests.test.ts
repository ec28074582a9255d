// A plan reads the live state with a few bulk reads: the number of NITRO requests depends on
// the resource types a topology uses, never on how many objects it has.
import { simulatorPerFile } from "@/lib/apply/testing/simulator-per-file";
import { describe, expect, it } from "vitest";
import { applyTopology, planTopology } from "@/lib/apply";
import { igelDesiredConfig, xenMobileDesiredConfig } from "@/lib/apply/testing/documents";
import { createTarget } from "@/lib/apply/testing/harness";
import type { DesiredConfig } from "@/lib/topology";

const sim = simulatorPerFile();

/** NITRO reads (GET) made by one plan; the login is not a read and happens once per session. */
async function planReads(desired: DesiredConfig, apply: boolean): Promise<Record<string, number>> {
  const target = await createTarget(sim());
  if (apply) await applyTopology({ ...target, desired });
  sim().control.resetCounters();
  const plan = await planTopology({ ...target, desired });
  expect(plan.summary.total).toBe(desired.objects.length);
  const counters = sim().control.counters();
  return Object.fromEntries(Object.entries(counters).filter(([key]) => key.startsWith("GET ")));
}

const total = (reads: Record<string, number>) => Object.values(reads).reduce((a, b) => a + b, 0);

describe("plan request count", () => {
  it.each([false, true])("does not grow with the topology (applied first: %s)", async (apply) => {
    const small = await planReads(igelDesiredConfig({ servers: 2 }), apply);
    sim().control.reset();
    const large = await planReads(igelDesiredConfig({ servers: 24 }), apply);
    expect(large).toEqual(small);
    // server, servicegroup, members, lbvserver, vserver bindings, dnsaddrec
    expect(total(small)).toBe(6);
    expect(Object.values(small).every((n) => n === 1)).toBe(true);
  });

  it("reads each XenMobile resource type once, plus the referenced certificate and Gateway", async () => {
    const small = await planReads(xenMobileDesiredConfig({ nodes: 2 }), false);
    sim().control.reset();
    const large = await planReads(xenMobileDesiredConfig({ nodes: 16 }), false);
    expect(large).toEqual(small);
    expect(total(small)).toBe(12);
    expect(small).toMatchObject({
      "GET config/sslcertkey": 1,
      "GET config/vpnvserver": 1,
      "GET config/servicegroup_servicegroupmember_binding": 1,
    });
  });
});
