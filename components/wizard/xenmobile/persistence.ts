// Switching a vserver's persistence type keeps the other settings valid: the schema wants a
// timeout and mask whatever the type, so missing ones get the defaults back.
import type { PersistenceType } from "@/lib/topology/schema/constants";
import { SOURCE_IP_PERSISTENCE as sourceIpPersistence } from "@/lib/topology/schema/constants";
import { DEFAULT_MAM_RULE } from "@/lib/topology/schema/constants";

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
