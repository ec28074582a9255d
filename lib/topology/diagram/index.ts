// The topology diagram as data: clients → VIPs → virtual servers → service groups → members,
// with positions, computed from a compiled DesiredConfig. Pure and deterministic, so the
// picture is testable without a browser and the status page can reuse it with live states.
import type { DesiredConfig } from "../compile/desired";
import type { TopologyKind } from "../schema/kinds";
import { describeModel } from "./describe";
import { diagramModel } from "./model";
import { placeModel } from "./place";
import type { DiagramLayout } from "./types";

export { describeStates } from "./describe";
export type * from "./types";

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
export { BADGE_WIDTH, LINE_SIZE, PAD_X, TITLE_SIZE, baseline } from "./measure";
