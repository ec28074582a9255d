import { num, str } from "../core/rows";
import type { ConfigStore, Row } from "../core/store";
import { isLoopback } from "./is-loopback";
import { memberKey, probeKey, type StateEngine } from "./state-engine";

// What a member's monitor says about it, the way `show serviceGroup` prints it: the monitor's
// state and its last response. Derived from the same inputs as the member's state, so a DOWN
// member always has a failing monitor with a reason that matches why it is DOWN.

export interface MonitorReading {
  state: string;
  lastResponse: string;
}

export function monitorReading(
  engine: StateEngine,
  store: ConfigStore,
  partition: string,
  member: Row,
  now: number,
): MonitorReading {
  const state = engine.memberState(store, partition, member, now);
  const sg = str(member, "servicegroupname") ?? "";
  const server = str(member, "servername") ?? "";
  const port = num(member, "port") ?? 0;
  if (state === "OUT OF SERVICE")
    return { state, lastResponse: "Probe skipped - service is out of service." };
  const forced = engine.forcedMembers.get(memberKey(partition, sg, server, port));
  if (forced === "DOWN")
    return { state, lastResponse: "Failure - Time out during TCP connection establishment stage" };
  const address = engine.memberAddress(store, partition, member);
  if (state === "DOWN" && address !== undefined && isLoopback(address)) {
    const probed = engine.probes.has(probeKey(address, port));
    return {
      state,
      // A closed loopback port answers the SYN with a reset at once.
      lastResponse: probed
        ? "Failure - TCP syn sent, reset received."
        : "Failure - Probe not sent yet.",
    };
  }
  return { state, lastResponse: "Success - TCP syn+ack received." };
}
