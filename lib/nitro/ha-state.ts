// The one reading of an appliance's HA state, from `GET config/hanode` (row id 0 is the node
// answering, other rows its peers: docs/nitro.md#ha-partitions-and-saving). The connection test,
// the write guard and the status poller all use it, so one box has one HA story everywhere.
import { extractList } from "./envelope";
import { isRefusal } from "./errors";
import { parseRecords } from "./parse";
import { haNodeSchema, haViewFromNodes, type HaView } from "./resources/hanode";
import type { NitroSession } from "./session";

export interface HaState extends HaView {
  /** The peer's own role, when there is a peer row. */
  peerRole?: "primary" | "secondary" | "unknown";
  /** This node's hastatus: ENABLED / STAYSECONDARY / STAYPRIMARY / DISABLED. */
  haStatus?: string;
  /** This node's hasync (ENABLED / DISABLED, or the sync state some builds report). */
  syncState?: string;
  /** Why the last configuration sync failed ("None" → undefined). */
  syncFailureReason?: string;
}

/**
 * Reads hanode once. A user who may not read hanode (some partition users) gets role "unknown":
 * the appliance itself still refuses writes to a secondary (error 368).
 */
export async function readHaState(session: NitroSession): Promise<HaState> {
  let nodes;
  try {
    const reply = await session.call({
      method: "GET",
      path: "/nitro/v1/config/hanode",
      resource: "hanode",
    });
    nodes = parseRecords(haNodeSchema, extractList(reply.body, "hanode"), "hanode");
  } catch (error) {
    if (!isRefusal(error)) throw error;
    return { role: "unknown" };
  }
  const state: HaState = { ...haViewFromNodes(nodes) };
  const self = nodes.find((n) => n.id === 0);
  const peer = nodes.find((n) => n.id !== 0);
  if (peer) state.peerRole = peer.role;
  if (self?.haStatus) state.haStatus = self.haStatus;
  if (self?.haSync) state.syncState = self.haSync;
  const reason = self?.syncFailureReason;
  if (reason && reason.toLowerCase() !== "none") state.syncFailureReason = reason;
  return state;
}
