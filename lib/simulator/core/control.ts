import type { Appliance } from "./appliance";
import {
  heldReleaseSchema,
  memberStateSchema,
  vserverStateSchema,
  type MemberView,
  type SimulatorControl,
} from "./control-types";
import { countWaves } from "./counters";
import { faultPatchSchema } from "./faults";
import { findRow, num, str } from "./rows";
import { memberKey, vserverKey } from "../health/state-engine";
import { isLoopback } from "../health/is-loopback";

// The simulator's own controls (never part of NITRO): faults, counters, forced states, reset.
// Exposed in-process on the RunningSimulator and over HTTP under /__sim/.

export function createControl(app: Appliance, probeNow: () => Promise<void>): SimulatorControl {
  const members = (partition: string) =>
    app.store.table(partition, "servicegroup_servicegroupmember_binding");
  const memberView = (partition: string, now: number) =>
    members(partition).map((m): MemberView => {
      const sg = str(m, "servicegroupname") ?? "";
      const server = str(m, "servername") ?? "";
      const port = num(m, "port") ?? 0;
      const ip = str(findRow(app.store.table(partition, "server"), "name", server), "ipaddress");
      return {
        partition,
        servicegroupname: sg,
        servername: server,
        ip,
        port,
        state: app.states.memberState(app.store, partition, m, now),
        forced: app.states.forcedMembers.get(memberKey(partition, sg, server, port)),
        probed: ip !== undefined && isLoopback(ip),
      };
    });

  return {
    counters: () => app.counters.snapshot(),
    resetCounters: () => app.counters.reset(),
    requestSpans: () => app.counters.requestSpans(),
    waves: () => countWaves(app.counters.requestSpans()),
    faults: () => app.faults.settings(),
    setFaults: (patch) => app.setFaults(faultPatchSchema.parse(patch), Date.now()),
    clearFaults() {
      app.setFaults({ secondary: false }, Date.now());
      app.faults.clear();
      // A healthy box again: what it was holding goes through, as after a slow spell.
      app.held.release("process");
    },
    heldRequests: () => app.held.list(Date.now()),
    releaseHeld: (how = "process") => app.held.release(heldReleaseSchema.parse(how)),
    expireSessions: () => app.sessions.expireAll(),
    setMemberState(request) {
      const r = memberStateSchema.parse(request);
      const now = Date.now();
      const hits = memberView(r.partition, now).filter(
        (m) =>
          (r.servicegroupname === undefined || m.servicegroupname === r.servicegroupname) &&
          (r.servername === undefined || m.servername === r.servername) &&
          (r.ip === undefined || m.ip === r.ip) &&
          (r.port === undefined || m.port === r.port),
      );
      for (const m of hits) {
        const key = memberKey(r.partition, m.servicegroupname, m.servername, m.port);
        if (r.state === null) app.states.forcedMembers.delete(key);
        else app.states.forcedMembers.set(key, r.state);
      }
      app.states.refreshAll(app.store, now);
      return hits.length;
    },
    setVserverState(request) {
      const r = vserverStateSchema.parse(request);
      if (!findRow(app.store.table(r.partition, "lbvserver"), "name", r.name)) return 0;
      const key = vserverKey(r.partition, r.name);
      if (r.state === null) app.states.forcedVservers.delete(key);
      else app.states.forcedVservers.set(key, r.state);
      app.states.refreshAll(app.store, Date.now());
      return 1;
    },
    probeNow,
    reset: () => app.reset(Date.now()),
    snapshot() {
      const now = Date.now();
      const partitions = app.store.partitionNames();
      return {
        config: app.store.checkpoint(),
        configChanged: app.status.changed,
        lastChangedAt: app.status.lastChangedAt,
        lastSavedAt: app.status.lastSavedAt,
        sessions: app.sessions.count(),
        held: app.held.list(now),
        faults: app.faults.settings(),
        counters: app.counters.snapshot(),
        members: partitions.flatMap((p) => memberView(p, now)),
        vservers: partitions.flatMap((p) =>
          app.store.table(p, "lbvserver").map((vs) => {
            const s = app.states.vserverSummary(app.store, p, vs, now);
            return { partition: p, name: String(vs.name), state: s.state, health: s.health };
          }),
        ),
      };
    },
  };
}

export type {
  MemberStateRequest,
  MemberView,
  SimulatorControl,
  SimulatorSnapshot,
  VserverStateRequest,
} from "./control-types";
