// The diagram in sentences, for the SVG's <desc>: a screen reader hears the same paths the
// picture shows (who reaches which VIP, and what each VIP forwards to).
import type { TopologyKind } from "../schema/kinds";
import { topologyKindInfo } from "../schema/kinds";
import type { DiagramModel, TreeEntry } from "./model";
import type { DiagramNode, ObjectState } from "./types";

function list(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

// VIP: "…: vserver A …; vserver B …", vserver: "sends to group …", group: "with members …".
function entrySentence(entry: TreeEntry): string {
  const own = entry.content.spoken;
  const children = entry.children.map(entrySentence);
  if (!children.length) return own;
  if (entry.content.kind === "vip") return `${own}: ${children.join("; ")}`;
  if (entry.content.kind === "servicegroup") return `${own} with ${list(children)}`;
  return `${own} sends to ${list(children)}`;
}

export function describeModel(model: DiagramModel, kind?: TopologyKind): string {
  const intro = kind ? `${topologyKindInfo[kind].label} load balancing.` : "Load balancing.";
  const byId = new Map(model.roots.map((r) => [r.content.id, r.content.spoken]));
  const sources = model.sources.map(
    (s) => `${s.content.spoken} ${s.verb} ${list(s.targets.map((t) => byId.get(t) ?? t))}.`,
  );
  const roots = model.roots.map((root) => {
    const records = root.attached.map((a) => ` ${a.spoken}.`).join("");
    return `${entrySentence(root)}.${records}`;
  });
  return [intro, ...sources, ...roots].map((s) => s.charAt(0).toUpperCase() + s.slice(1)).join(" ");
}

const stateWords: Record<ObjectState, string> = {
  up: "up",
  down: "down",
  unknown: "state unknown",
  out_of_service: "out of service",
};

/** One sentence listing the objects that are not up, for the <desc> when states are shown. */
export function describeStates(
  nodes: readonly DiagramNode[],
  states: Partial<Record<string, ObjectState>>,
): string {
  const shown = nodes.filter((n) => n.objectId && states[n.objectId]);
  if (!shown.length) return "";
  const notUp = shown.filter((n) => states[n.objectId ?? ""] !== "up");
  if (!notUp.length) return "Every object shown is up.";
  const parts = notUp.map(
    (n) => `${n.tooltip}: ${stateWords[states[n.objectId ?? ""] ?? "unknown"]}`,
  );
  return `Not up: ${parts.join("; ")}.`;
}
