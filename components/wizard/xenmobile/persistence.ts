// Switching a vserver's persistence type keeps the other settings valid: the schema wants a
// timeout and mask whatever the type, so missing ones get the defaults back.
import type { PersistenceType } from "@/lib/topology/schema/common";
import { sourceIpPersistence } from "@/lib/topology/schema/common";
import { DEFAULT_MAM_RULE } from "@/lib/topology/schema/xenmobile";

interface DraftPersistence {
  type?: PersistenceType;
  timeout?: number;
  mask?: string;
  rule?: string;
}

export function withPersistenceType(
  current: DraftPersistence | undefined,
  type: PersistenceType,
): DraftPersistence {
  return {
    ...current,
    type,
    timeout: current?.timeout ?? sourceIpPersistence.timeout,
    mask: current?.mask || sourceIpPersistence.mask,
    rule: type === "CUSTOMSERVERID" && !current?.rule?.trim() ? DEFAULT_MAM_RULE : current?.rule,
  };
}
