// Topology document → the NetScaler objects it wants. Pure and deterministic: the same
// document always gives the same objects in the same order (apply level, then id).
import { applyLevels, type DesiredConfig, type DesiredObject } from "./desired";
import type { TopologyDocument } from "../schema/document";
import { compileIgelUms } from "./igel-ums";
import { compileXenMobile } from "./xenmobile";

function byLevelThenId(a: DesiredObject, b: DesiredObject): number {
  const level = applyLevels[a.resource] - applyLevels[b.resource];
  if (level !== 0) return level;
  // Code-unit order, not localeCompare: the order must not depend on the machine's locale.
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Compile a complete document (one that passed `topologyDocumentSchema`). Compiling an
 * invalid document gives objects the appliance would refuse, so validate first.
 */
export function compile(doc: TopologyDocument): DesiredConfig {
  const objects = doc.kind === "IGEL_UMS" ? compileIgelUms(doc) : compileXenMobile(doc);
  return { objects: [...objects].sort(byLevelThenId) };
}
