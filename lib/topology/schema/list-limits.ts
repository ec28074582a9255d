// How many rows each list of a topology may hold. A real cluster has a handful of servers and
// ports; the limits stop a file or a patch with thousands of rows from being stored and then
// rendered (one form row, diagram node and NITRO object per row). The full schemas carry them
// as .max(), and the import and the wizard's save read them from there (lib/topology/import/
// list-limits.ts), so the three can never disagree.

/** UMS servers (IGEL) and XMS nodes: each is a NetScaler server bound into every group. */
export const MAX_MEMBERS = 32;
/** Load-balanced ports (IGEL) and MDM ports (XenMobile): one service group and vserver each. */
export const MAX_PORTS = 16;

export function tooManyMessage(label: string, max: number): string {
  return `${label}: at most ${max} are allowed; remove the extra rows.`;
}
