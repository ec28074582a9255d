// A notice: what one firing, resolved, flapping or test message says, whatever the channel.
// Pure; built by the evaluator and stored with each delivery (it holds no secret).
import type { NoticeEvent } from "./kinds";

export interface Notice {
  event: NoticeEvent;
  rule: { id: string; name: string; kind: string } | null;
  topology: { id: string; name: string } | null;
  /** The object: its key (status history key) and its name for people. */
  object: { key: string; label: string } | null;
  /** The object's state as the appliance spells it (DOWN, UNREACHABLE, 42 %, …). */
  state: string | null;
  /** Since when the object is in that state (ISO), when known. */
  since: string | null;
  /** The monitor's view, for a member: its name, state and last response. */
  monitor: { name: string; state: string; lastResponse: string | null } | null;
  /** One more fact for people (failure message, days to expiry, …). */
  detail: string | null;
  /** When the alert fired / resolved (ISO). */
  at: string;
  /** The status page to open. */
  url: string | null;
  /** One line: "FIRING Member DOWN: igel-ums-1 (10.0.0.5:8443) is DOWN since …". */
  summary: string;
}

const EVENT_WORD: Record<NoticeEvent, string> = {
  firing: "FIRING",
  resolved: "RESOLVED",
  flapping: "FLAPPING",
  test: "TEST",
};

export function summarize(notice: Omit<Notice, "summary">): string {
  const head = `${EVENT_WORD[notice.event]}${notice.rule ? ` ${notice.rule.name}` : ""}`;
  if (!notice.object) return `${head}: ${notice.detail ?? "test message"}`;
  const where = notice.topology ? ` in ${notice.topology.name}` : "";
  const state =
    notice.event === "resolved"
      ? ` is back${notice.state ? ` (${notice.state})` : ""}`
      : notice.event === "flapping"
        ? " keeps changing state; notices pause until it settles"
        : notice.state
          ? ` is ${notice.state}`
          : "";
  const since = notice.since && notice.event === "firing" ? ` since ${notice.since}` : "";
  const monitor =
    notice.monitor && notice.event !== "resolved"
      ? ` — monitor ${notice.monitor.name}: ${notice.monitor.lastResponse ?? notice.monitor.state}`
      : "";
  const detail = notice.detail && notice.event !== "resolved" ? ` (${notice.detail})` : "";
  return `${head}: ${notice.object.label}${where}${state}${since}${monitor}${detail}`;
}

export function makeNotice(fields: Omit<Notice, "summary">): Notice {
  return { ...fields, summary: summarize(fields) };
}

/** Facts as label/value lines, for Slack, Teams and email bodies. */
export function noticeFacts(notice: Notice): Array<[string, string]> {
  const facts: Array<[string, string]> = [];
  if (notice.object) facts.push(["Object", notice.object.label]);
  if (notice.topology) facts.push(["Topology", notice.topology.name]);
  if (notice.state) facts.push(["State", notice.state]);
  if (notice.since) facts.push(["Since", notice.since]);
  if (notice.monitor)
    facts.push([
      "Monitor",
      `${notice.monitor.name} (${notice.monitor.state}): ${notice.monitor.lastResponse ?? "no response recorded"}`,
    ]);
  if (notice.detail) facts.push(["Detail", notice.detail]);
  facts.push([notice.event === "resolved" ? "Resolved at" : "At", notice.at]);
  return facts;
}
