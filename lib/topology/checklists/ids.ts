// Item ids of the confirm-before and do-after checklists. Stored as keys in the document, so
// never rename one without a schema migration.

export const igelUmsPrerequisiteIds = [
  "database-ha",
  "database-created",
  "ums-installed",
  "datasource-active",
  "subnet-routing",
] as const;

export const igelUmsAfterIds = [
  "dns-record",
  "auto-registration",
  "console-host",
  "device-profile",
  "cluster-address",
  "firmware-host",
  "file-replication",
  "server-to-device",
] as const;

export const xenMobilePrerequisiteIds = [
  "nodes-installed",
  "cluster-enabled",
  "node-ids",
  "free-ips",
  "certificate-installed",
  "gateway-exists",
] as const;

export const xenMobileAfterIds = ["public-dns", "gateway-test", "enrollment-test"] as const;

export type IgelUmsPrerequisiteId = (typeof igelUmsPrerequisiteIds)[number];
export type IgelUmsAfterId = (typeof igelUmsAfterIds)[number];
export type XenMobilePrerequisiteId = (typeof xenMobilePrerequisiteIds)[number];
export type XenMobileAfterId = (typeof xenMobileAfterIds)[number];
