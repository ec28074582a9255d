// Public surface of lib/nitro. NITRO wire JSON stays inside this folder; the typed readers
// return the app types exported below.
export type {
  ApplianceConnection,
  ArgValue,
  BulkItemResult,
  BulkOnError,
  BulkResult,
  GetAllOptions,
  NitroRecord,
  ReadOptions,
  StatOptions,
  TlsSettings,
  WriteResult,
} from "./types";
export {
  NitroError,
  isNitroError,
  isRefusal,
  type NitroErrorKind,
  type NitroMethod,
} from "./errors";
export { NitroClient } from "./client";
export type { ServiceGroupMemberRef } from "./stat-readers";
export type { SaveOptions } from "./save-config";
export {
  getNitroClient,
  createNitroClient,
  disposeAllNitroSessions,
  nitroSessionCount,
  setNitroSessionIdleMs,
} from "./session-pool";
export {
  testConnection,
  type ConnectionTestResult,
  type ConnectionTestInfo,
} from "./test-connection";
export { fetchPeerCertificateFingerprint, type PeerCertificate } from "./peer-certificate";
export {
  UNREACHABLE_MESSAGE,
  isUnreachableFailure,
  unreachableError,
  type ResolveTarget,
} from "./unreachable";
export type { ApplianceInfo } from "./appliance-info";
export { normalizeFingerprint, formatFingerprint } from "./fingerprint";
export type { OperationalState } from "./wire";
export type { HaRole, NsHaNode } from "./resources/hanode";
export type { HaState } from "./ha-state";
export type { NsMemberMonitor } from "./resources/member-monitors";
export { certificateDateToIso } from "./certificate-date";
export type { NsServer } from "./resources/server";
export type { NsServiceGroup } from "./resources/servicegroup";
export type {
  NsServiceGroupMember,
  NsServiceGroupMonitorBinding,
} from "./resources/servicegroup-bindings";
export type { NsLbMonitor } from "./resources/lbmonitor";
export type { NsLbVserver, NsLbVserverServiceGroupBinding } from "./resources/lbvserver";
export type { NsSslCertKey, NsSslVserver, NsSslVserverCertKeyBinding } from "./resources/ssl";
export type { NsDnsAddRec } from "./resources/dns-addrec";
export type { NsVpnVserver, NsVpnVserverAppControllerBinding } from "./resources/vpn-vserver";
export type { NsIpAddress } from "./resources/nsip";
export type { NsConfigState, NsVersion, NsPartition } from "./resources/system";
export type {
  LbVserverStats,
  NsSystemStats,
  ServiceGroupMemberStats,
  ServiceGroupStats,
} from "./resources/stats";
