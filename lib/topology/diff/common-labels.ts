// Labels both kinds share: the persistence settings and the document's own name.
import type { PersistenceType } from "../schema/common";
import { group, value, type GroupNode, type ValueNode } from "./label-tree";

// The wizard's choice labels for the persistence type.
const persistenceTypeLabels: Record<PersistenceType, string> = {
  SOURCEIP: "By client address (SOURCEIP)",
  CUSTOMSERVERID: "By node ID (CUSTOMSERVERID)",
  NONE: "None",
};

/** Flat under its parent ("Load balancing › Persistence timeout"): one level less to read. */
export const persistenceLabels: GroupNode = group(undefined, {
  type: value("Persistence", { values: persistenceTypeLabels }),
  timeout: value("Persistence timeout", { unit: "minutes" }),
  mask: value("Persistence mask"),
  rule: value("Persistence rule"),
});

export const nameLabel: ValueNode = value("Name");
