import { num, str } from "../core/rows";
import type { ConfigStore, Row } from "../core/store";
import { isLoopback } from "./is-loopback";
import { StateIndex } from "./state-index";

// Operational state, derived the way the appliance derives it: members from admin state,
// forced overrides and (for loopback addresses only) real TCP probes; vservers and groups from
// their members. Transition times are remembered per entity so reads can report
// statechangetimesec / tickssincelaststatechange.

export type OperState = "UP" | "DOWN" | "OUT OF SERVICE";
export type ForcedState = "UP" | "DOWN";

export interface VserverSummary {
  state: OperState;
  since: number;
  health: number;
  active: number;
  total: number;
}

const MEMBERS = "servicegroup_servicegroupmember_binding";
const SEP = "\u0000";

export const memberKey = (partition: string, sg: string, server: string, port: number): string =>
  [partition, sg, server, port].join(SEP);
export const vserverKey = (partition: string, name: string): string => [partition, name].join(SEP);
export const probeKey = (host: string, port: number): string => `${host}|${port}`;

export class StateEngine {
  readonly probes = new Map<string, boolean>();
  readonly forcedMembers = new Map<string, ForcedState>();
  readonly forcedVservers = new Map<string, ForcedState>();
  private readonly clock = new Map<string, { state: string; since: number }>();
  private readonly index = new StateIndex();

  /** Records `state` for `key` and returns when it last changed. */
  observe(key: string, state: string, now: number): number {
    const seen = this.clock.get(key);
    if (seen && seen.state === state) return seen.since;
    this.clock.set(key, { state, since: now });
    return now;
  }

  /** Address a member is reached at, from its server object (FQDN servers have none). */
  memberAddress(store: ConfigStore, partition: string, member: Row): string | undefined {
    const server = this.index.of(store, partition).servers.get(str(member, "servername") ?? "");
    return str(server, "ipaddress");
  }

  memberState(store: ConfigStore, partition: string, member: Row, now: number): OperState {
    const sgName = str(member, "servicegroupname") ?? "";
    const serverName = str(member, "servername") ?? "";
    const port = num(member, "port") ?? 0;
    const { groups, servers } = this.index.of(store, partition);
    const sg = groups.get(sgName);
    const server = servers.get(serverName);
    const key = memberKey(partition, sgName, serverName, port);
    const disabled = [sg, server, member].some((r) => str(r, "state") === "DISABLED");
    const forced = this.forcedMembers.get(key);
    const address = str(server, "ipaddress");
    let state: OperState;
    if (disabled) state = "OUT OF SERVICE";
    else if (forced) state = forced;
    else if (str(sg, "healthmonitor") === "NO") state = "UP";
    else if (address !== undefined && isLoopback(address)) {
      state = this.probes.get(probeKey(address, port)) ? "UP" : "DOWN";
    } else state = "UP"; // never contacted: simulated, UP unless forced
    this.observe(`m${SEP}${key}`, state, now);
    return state;
  }

  memberSince(partition: string, member: Row, now: number): number {
    const key = memberKey(
      partition,
      str(member, "servicegroupname") ?? "",
      str(member, "servername") ?? "",
      num(member, "port") ?? 0,
    );
    return this.clock.get(`m${SEP}${key}`)?.since ?? now;
  }

  membersOfGroup(store: ConfigStore, partition: string, sg: string): Row[] {
    return this.index.of(store, partition).membersByGroup.get(sg) ?? [];
  }

  groupEffectiveState(store: ConfigStore, partition: string, sg: Row, now: number): string {
    if (str(sg, "state") === "DISABLED") return "OUT OF SERVICE";
    const states = this.membersOfGroup(store, partition, str(sg, "servicegroupname") ?? "").map(
      (m) => this.memberState(store, partition, m, now),
    );
    const up = states.filter((s) => s === "UP").length;
    if (up === 0) return "DOWN";
    return up === states.length ? "UP" : "PARTIAL-UP";
  }

  vserverSummary(store: ConfigStore, partition: string, vs: Row, now: number): VserverSummary {
    const name = str(vs, "name") ?? "";
    const groups = this.index.of(store, partition).groupsByVserver.get(name) ?? [];
    const states = groups.flatMap((g) =>
      this.membersOfGroup(store, partition, g).map((m) =>
        this.memberState(store, partition, m, now),
      ),
    );
    const active = states.filter((s) => s === "UP").length;
    const total = states.length;
    const forced = this.forcedVservers.get(vserverKey(partition, name));
    let state: OperState;
    if (str(vs, "state") === "DISABLED") state = "OUT OF SERVICE";
    else if (forced) state = forced;
    else state = active > 0 ? "UP" : "DOWN";
    const health = total === 0 ? 0 : Math.floor((active * 100) / total);
    const since = this.observe(`v${SEP}${vserverKey(partition, name)}`, state, now);
    return { state, since, health, active, total };
  }

  /** Loopback member endpoints worth probing; nothing else is ever returned. */
  probeTargets(store: ConfigStore): { host: string; port: number }[] {
    const targets = new Map<string, { host: string; port: number }>();
    for (const partition of store.partitionNames()) {
      for (const member of store.table(partition, MEMBERS)) {
        const host = this.memberAddress(store, partition, member);
        const port = num(member, "port");
        if (host === undefined || port === undefined || !isLoopback(host)) continue;
        targets.set(probeKey(host, port), { host, port });
      }
    }
    return [...targets.values()];
  }

  /** Re-derives every state so transitions are timed even when nobody is reading. */
  refreshAll(store: ConfigStore, now: number): void {
    for (const partition of store.partitionNames()) {
      for (const vs of store.table(partition, "lbvserver"))
        this.vserverSummary(store, partition, vs, now);
      for (const m of store.table(partition, MEMBERS)) this.memberState(store, partition, m, now);
    }
  }

  clearForced(): void {
    this.forcedMembers.clear();
    this.forcedVservers.clear();
  }
}
