// Why each IGEL prerequisite matters, in the admin's terms (shown under the item's details).
import type { IgelUmsPrerequisiteId } from "@/lib/topology/checklists/ids";

export const prerequisiteWhy: Record<IgelUmsPrerequisiteId, string> = {
  "database-ha":
    "Two UMS servers on one plain database only move the outage: when the database stops, both stop.",
  "database-created":
    "UMS fills an existing, empty database with its tables; the Database step writes the script that creates it.",
  "ums-installed":
    "Every server needs the standard UMS with its console and the same UMS version, so any of them can answer any device.",
  "datasource-active":
    "A server that still uses its own embedded database would show different devices and settings than the others.",
  "subnet-routing":
    "Devices drop replies that come from a server's own address instead of the VIP. A SNIP as the servers' gateway sends every reply back through the NetScaler, which answers from the VIP.",
};
