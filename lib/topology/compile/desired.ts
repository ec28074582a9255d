// The contract between compile (topology → wanted NetScaler objects, pure) and plan/apply
// (wanted objects ↔ the live appliance). Attribute names and values are NITRO's, as sent on
// add/bind, because the planner diffs them against NITRO's read-back; nothing here is wire
// JSON handling (that stays in lib/nitro).

/** The NITRO resources a topology can manage or reference. */
export type ManagedResource =
  | "server"
  | "lbmonitor"
  | "servicegroup"
  | "servicegroup_servicegroupmember_binding"
  | "servicegroup_lbmonitor_binding"
  | "lbvserver"
  | "lbvserver_servicegroup_binding"
  | "sslvserver_sslcertkey_binding"
  | "dnsaddrec"
  | "vpnvserver_appcontroller_binding";

/** Objects a topology refers to but never creates, changes or deletes. */
export type ReferencedResource = "sslcertkey" | "vpnvserver";

export type AttributeValue = string | number | boolean;

/**
 * Apply order, lowest first; rollback and delete run in reverse. Objects on one level do not
 * depend on each other, so they may be applied in parallel or as one bulk request.
 */
export const applyLevels = {
  server: 0,
  lbmonitor: 0,
  servicegroup: 1,
  servicegroup_servicegroupmember_binding: 2,
  servicegroup_lbmonitor_binding: 2,
  lbvserver: 3,
  lbvserver_servicegroup_binding: 4,
  sslvserver_sslcertkey_binding: 5,
  dnsaddrec: 6,
  vpnvserver_appcontroller_binding: 7,
} as const satisfies Record<ManagedResource, number>;

export interface DesiredObject {
  /**
   * Stable identity across compiles, unique in a topology: resource plus its NITRO key values,
   * e.g. "server/ums1", "servicegroup_servicegroupmember_binding/sg_igel_30001/ums1/30001".
   * A member is (service group, server, port): the same server bound on several ports is
   * several members.
   */
  id: string;
  resource: ManagedResource;
  /** NITRO key attributes that identify the live object (also present in `attributes`). */
  identity: Record<string, AttributeValue>;
  /** Every attribute the topology sets, as sent on add/bind (NITRO names, NITRO value forms). */
  attributes: Record<string, AttributeValue>;
  /**
   * Attributes that cannot change in place (NITRO immutable keys, e.g. lbvserver servicetype
   * and port, every member-binding attribute): a difference means delete + re-create.
   */
  immutable: readonly string[];
  /** Attribute names whose values are secrets: masked in every plan view and export. */
  secrets?: readonly string[];
  /** ids of DesiredObjects this one needs first (a binding needs both ends). */
  dependsOn: readonly string[];
  /** Referenced objects that must already exist on the appliance (certificate, Gateway). */
  requires?: ReadonlyArray<{ resource: ReferencedResource; name: string }>;
  /** One line for people: "Server ums1 (10.10.20.11)". */
  label: string;
}

/** What compile returns: objects in apply order (level, then id), deterministic for a topology. */
export interface DesiredConfig {
  objects: DesiredObject[];
}
