// Choosing the IGEL OS generation switches the standard ports on or off (OS 12 devices use
// only 8443). The admin's own choices survive: port numbers, USIP and added ports are kept.
import type { IgelUmsDraft } from "@/lib/topology/schema/document";
import { defaultIgelPorts } from "@/lib/topology/schema/constants";
import type { OsGeneration } from "@/lib/topology/schema/constants";

type LoadBalancing = NonNullable<IgelUmsDraft["loadBalancing"]>;

export function applyOsGeneration(current: LoadBalancing | undefined, os: OsGeneration) {
  const rows = current?.ports ?? [];
  const standard = defaultIgelPorts(os).map((row) => {
    const mine = rows.find((r) => r.purpose === row.purpose);
    return mine ? { ...mine, enabled: row.enabled } : row;
  });
  const added = rows.filter((r) => r.purpose === "other" || r.purpose === undefined);
  return { ...current, osGeneration: os, ports: [...standard, ...added] } satisfies LoadBalancing;
}
