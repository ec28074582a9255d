// Writes whose outcome is unknown are settled by reading back: a create that timed out after
// the appliance applied it, or that met "already exists", is adopted when the object is there
// as wanted; one that is not there fails (and the run rolls back). A delete of something
// already gone succeeds.
import { simulatorPerFile } from "@/lib/apply/testing/simulator-per-file";
import { describe, expect, it } from "vitest";
import { applyTopology, planTopology } from "@/lib/apply";
import { igelDesiredConfig } from "@/lib/apply/testing/documents";
import { expectRolledBackOn } from "@/lib/apply/testing/faults";
import {
  configFingerprint,
  createTarget,
  SIM_PASSWORD,
  startTestSimulator,
} from "@/lib/apply/testing/harness";
import { NitroError, type NitroClient } from "@/lib/nitro";

const sim = simulatorPerFile();

const lostReply = () =>
  new NitroError("timeout", "POST server: no reply within 10000 ms", { requestSent: true });

/** A client whose method `name` is replaced for calls on `resource`. */
function intercept(
  name: "addBulk" | "remove",
  resource: string,
  replacement: (client: NitroClient, args: unknown[]) => Promise<unknown>,
) {
  return (client: NitroClient): NitroClient =>
    new Proxy(client, {
      get(target, prop, receiver) {
        const value: unknown = Reflect.get(target, prop, receiver);
        if (prop !== name || typeof value !== "function") return value;
        return (...args: unknown[]) =>
          args[0] === resource ? replacement(target, args) : value.apply(target, args);
      },
    });
}

describe("reconciling uncertain writes", () => {
  it("adopts creates the appliance applied although the reply was lost", async () => {
    const target = await createTarget(sim());
    const desired = igelDesiredConfig({ servers: 2 });
    const run = await applyTopology({
      ...target,
      desired,
      wrapClient: intercept("addBulk", "server", async (client, [resource, payloads]) => {
        await client.addBulk(String(resource), payloads as Array<Record<string, unknown>>);
        throw lostReply();
      }),
    });
    expect(run.status).toBe("SUCCEEDED");
    const servers = run.steps.filter((s) => s.resource === "server");
    expect(servers.map((s) => [s.result, s.errorKind])).toEqual([
      ["ADOPTED", "timeout"],
      ["ADOPTED", "timeout"],
    ]);
    expect((await planTopology({ ...target, desired })).summary.changes).toBe(0);
  });

  it("adopts an object that appeared as wanted between plan and create", async () => {
    const target = await createTarget(sim());
    const desired = igelDesiredConfig({ servers: 1 });
    const run = await applyTopology({
      ...target,
      desired,
      wrapClient: intercept("addBulk", "server", async (client, [resource, payloads]) => {
        await client.add("server", { name: "igel_srv_ums1", ipaddress: "10.10.20.11" });
        return client.addBulk(String(resource), payloads as Array<Record<string, unknown>>);
      }),
    });
    expect(run.status).toBe("SUCCEEDED");
    expect(run.steps.find((s) => s.resource === "server")).toMatchObject({
      result: "ADOPTED",
      errorcode: 273,
    });
  });

  it("fails and rolls back a lost create that never reached the appliance", async () => {
    const target = await createTarget(sim());
    const before = configFingerprint(sim());
    const run = await applyTopology({
      ...target,
      desired: igelDesiredConfig(),
      wrapClient: intercept("addBulk", "lbvserver", () => Promise.reject(lostReply())),
    });
    expectRolledBackOn(run, "lbvserver");
    expect(configFingerprint(sim())).toEqual(before);
  });

  it("counts a delete of something already gone as done", async () => {
    const target = await createTarget(sim());
    await applyTopology({ ...target, desired: igelDesiredConfig({ servers: 1 }) });
    const run = await applyTopology({
      ...target,
      desired: igelDesiredConfig({ servers: 1, dnsRecord: false }),
      wrapClient: intercept("remove", "dnsaddrec", async (client, args) => {
        const [resource, name, extra] = args as [string, string, Record<string, string>];
        await client.remove(resource, name, extra);
        return client.remove(resource, name, extra);
      }),
    });
    expect(run.status).toBe("SUCCEEDED");
    expect(run.steps).toMatchObject([
      { action: "delete", result: "OK", message: "Already absent" },
    ]);
  });

  it("fails a run whose appliance cannot be reached, with nothing to undo", async () => {
    const gone = await startTestSimulator();
    await gone.close();
    const target = await createTarget(sim());
    const connection = {
      baseUrl: gone.url,
      username: "nsroot",
      password: SIM_PASSWORD,
      tls: { mode: "insecure" as const },
      timeoutMs: 2_000,
      retries: 0,
    };
    const run = await applyTopology({ ...target, desired: igelDesiredConfig(), connection });
    expect(run.status).toBe("FAILED");
    expect(run.steps).toEqual([]);
    expect(run.error).toBeTruthy();
    expect(run.error).not.toContain(SIM_PASSWORD);
  });
});
