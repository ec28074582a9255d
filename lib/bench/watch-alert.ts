// The benchmark's alert measurement: one appliance whose topology balances real loopback
// listeners, watched with nobody looking, a member_down rule (no hold time) sending to a local
// webhook receiver; a listener is closed and the time until the receiver gets the firing
// payload is measured. Waits on events (ticks, the receiver's request), never on sleeps.
import net from "node:net";
import { startAlertsService } from "@/lib/alerts/service";
import { saveChannel } from "@/lib/alerts/manage-channels";
import { saveRule } from "@/lib/alerts/manage-rules";
import { startWebhookReceiver } from "@/lib/alerts/testing/webhook-receiver";
import { applyTopology } from "@/lib/apply";
import { igelDocument } from "@/lib/apply/testing/documents";
import { createTarget, SIM_PASSWORD } from "@/lib/apply/testing/harness";
import { startSimulator } from "@/lib/simulator";
import { StatusRegistry, StatusWatcher } from "@/lib/status";
import { untilTick } from "@/lib/status/testing/ticks";
import { listAppliedTopologies } from "@/lib/status/watched-store";
import { setTopologyAppliance, saveTopologyDocument } from "@/lib/topologies/documents";
import { compile } from "@/lib/topology";

const PORTS = [30001, 8443, 9080];

async function listen(host: string, port: number): Promise<net.Server> {
  const server = net.createServer((socket) => socket.destroy());
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, resolve);
  });
  return server;
}

/** ms from a member's listener closing to the webhook receiver getting the firing payload. */
export async function measureAlertMs(opts: {
  databaseUrl: string;
  intervalMs: number;
}): Promise<number> {
  // A loopback block of its own, so the fixed IGEL ports do not collide with anything else.
  const base = `127.${50 + Math.floor(Math.random() * 150)}.${Math.floor(Math.random() * 250)}`;
  const hosts = [`${base}.11`, `${base}.12`];
  const listeners = await Promise.all(hosts.flatMap((h) => PORTS.map((p) => listen(h, p))));
  const sim = await startSimulator({ probeIntervalMs: 250, password: SIM_PASSWORD });
  const receiver = await startWebhookReceiver();
  const stops: Array<() => Promise<void>> = [];
  try {
    const document = igelDocument({ servers: 2, addressBase: base });
    const target = await createTarget(sim, "alert-bench");
    const actor = { userId: target.actorId, workspaceId: target.workspaceId, clientAddress: "::1" };
    const { version } = await saveTopologyDocument(actor, {
      id: target.topologyId,
      expectedVersion: 1,
      document,
    });
    await setTopologyAppliance(actor, {
      id: target.topologyId,
      applianceId: target.applianceId,
      expectedVersion: version,
    });
    const run = await applyTopology({ ...target, desired: compile(document) });
    if (run.status !== "SUCCEEDED") throw new Error(`the alert lab's apply ended ${run.status}`);
    const channel = await saveChannel(actor, {
      name: "bench receiver",
      kind: "webhook",
      url: receiver.url,
      clearHmacKey: false,
    });
    await saveRule(actor, {
      name: "member down",
      kind: "member_down",
      holdSeconds: 0,
      topologyId: target.topologyId,
      enabled: true,
      channelIds: [channel.id],
    });
    const alerts = await startAlertsService(opts.databaseUrl, opts.intervalMs);
    stops.push(() => alerts.stop());
    const registry = new StatusRegistry({
      instanceId: "alert-bench",
      intervalMs: opts.intervalMs,
      driftEveryMs: 0,
    });
    const watcher = new StatusWatcher(registry, {
      listApplied: async () =>
        (await listAppliedTopologies()).filter((t) => t.id === target.topologyId),
    });
    stops.push(() => watcher.stop());
    watcher.start();
    const allUp = async () => {
      const snapshot = registry.pollerFor(target.applianceId)?.snapshot;
      const members = Object.values(snapshot?.members ?? {});
      return (
        members.length === hosts.length * PORTS.length && members.every((m) => m.state === "UP")
      );
    };
    await untilTick(registry, allUp);
    const firing = receiver.next((r) => r.json.event === "firing", 120_000);
    const closedAt = Date.now();
    const closing = listeners[0];
    if (!closing) throw new Error("no listener");
    await new Promise<void>((resolve) => closing.close(() => resolve()));
    await firing;
    return Date.now() - closedAt;
  } finally {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    await receiver.close();
    await sim.close();
    await Promise.all(
      listeners.map((l) => new Promise<void>((resolve) => l.close(() => resolve()))),
    );
  }
}
