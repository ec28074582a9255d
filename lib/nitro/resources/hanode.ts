// hanode: id 0 is always the node we talk to, ids 1–64 its peers. state is title case (Primary /
// Secondary / UNKNOWN) here, upper case in /stat (docs/nitro.md#ha-partitions-and-saving,
// docs/nitro.md#wire-quirks).
import { z } from "zod";
import { num, optStr } from "../wire";

export type HaRole = "primary" | "secondary" | "standalone" | "unknown";

export interface NsHaNode {
  id: number;
  ipAddress?: string;
  name?: string;
  /** This node's (id 0) or the peer's current role. */
  role: "primary" | "secondary" | "unknown";
  /** ENABLED / STAYSECONDARY / STAYPRIMARY / DISABLED. */
  haStatus?: string;
  haSync?: string;
  haProp?: string;
  syncFailureReason?: string;
}

export function roleFromState(state: string | undefined): NsHaNode["role"] {
  const token = state?.trim().toUpperCase() ?? "";
  if (token === "PRIMARY" || token === "STAYPRIMARY") return "primary";
  if (token === "SECONDARY" || token === "STAYSECONDARY") return "secondary";
  return "unknown";
}

export const haNodeSchema = z
  .object({
    id: num,
    ipaddress: optStr,
    name: optStr,
    state: optStr,
    hastatus: optStr,
    hasync: optStr,
    haprop: optStr,
    hasyncfailurereason: optStr,
  })
  .transform((w): NsHaNode => ({
    id: w.id,
    ipAddress: w.ipaddress || undefined,
    name: w.name || undefined,
    role: roleFromState(w.state),
    haStatus: w.hastatus,
    haSync: w.hasync,
    haProp: w.haprop,
    syncFailureReason: w.hasyncfailurereason || undefined,
  }));

export interface HaView {
  role: HaRole;
  /** Address of the primary when this node is the secondary (and the peer is known). */
  primaryAddress?: string;
  peerAddress?: string;
}

/** Role of the node we talk to, from the full hanode list. */
export function haViewFromNodes(nodes: readonly NsHaNode[]): HaView {
  const self = nodes.find((n) => n.id === 0);
  const peer = nodes.find((n) => n.id !== 0);
  if (!self) return { role: "unknown" };
  // A standalone appliance reports itself as Primary and has no peer row.
  if (!peer) return { role: self.role === "primary" ? "standalone" : self.role };
  const view: HaView = { role: self.role, peerAddress: peer.ipAddress };
  if (self.role === "secondary" && peer.role !== "secondary") view.primaryAddress = peer.ipAddress;
  return view;
}
