// The topology diagram as data: clients → VIPs → virtual servers → service groups → members,
// with positions, computed from a compiled DesiredConfig. Pure and deterministic, so the
// picture is testable without a browser and the status page can reuse it with live states.
import type { DesiredConfig } from "./desired";
import type { TopologyKind } from "./kinds";
import { describeModel } from "./diagram/describe";
import { diagramModel } from "./diagram/model";
import { placeModel } from "./diagram/place";
import type { DiagramLayout } from "./diagram/types";

export { describeStates } from "./diagram/describe";
export type * from "./diagram/types";

export interface DiagramOptions {
  /** Names the clients and VIPs the way the topology's kind does (MDM VIP, MAM VIP). */
  kind?: TopologyKind;
  /** Leave room in each object's box for a state glyph (the status page). */
  stateBadges?: boolean;
}

export function diagramLayout(config: DesiredConfig, options: DiagramOptions = {}): DiagramLayout {
  const model = diagramModel(config, options.kind);
  const placed = placeModel(model, { stateBadges: options.stateBadges ?? false });
  return { ...placed, description: describeModel(model, options.kind) };
}

/** Sizes the SVG component draws with, so boxes and text agree with the layout. */
export { BADGE_WIDTH, LINE_SIZE, PAD_X, TITLE_SIZE, baseline } from "./diagram/measure";
