// What NITRO's read-back means, attribute by attribute (docs/nitro.md#wire-quirks): the value kind
// to compare as and the tokens it returns for "not set" (defaults: attribute-defaults.ts). Without
// these a re-plan right after an apply shows false drift.
import type { ManagedResource } from "../compile/desired";

/**
 * number: "5" = 5; flag: YES/ON/ENABLED/true are one value (the wire mixes the forms);
 * enum: case-insensitive token; list: order-insensitive, comma-joined; host: DNS name;
 * text: compared as is (names, expressions, addresses).
 */
export type AttributeKind = "number" | "flag" | "enum" | "list" | "host" | "text";

const kinds = (kind: AttributeKind, names: string): Array<[string, AttributeKind]> =>
  names.split(/\s+/).map((name): [string, AttributeKind] => [name, kind]);

export const attributeKinds: ReadonlyMap<string, AttributeKind> = new Map([
  ...kinds(
    "flag",
    "state usip cip cka tcpb cmp cacheable useproxyport healthmonitor sp downstateflush " +
      "appflowlog sessionless ca snicert skipcaname passive monstate reverse transparent " +
      "iptunnel tos secure lrtm ipv6address pathmonitor pathmonitorindv rtspsessionidremap " +
      "rtspnat insertvserveripport authentication authn401 connfailover redirectportrewrite " +
      "disableprimaryondown trofspersistence sopersistence l2conn",
  ),
  ...kinds(
    "number",
    "port td weight timeout clttimeout svrtimeout maxclient maxreq maxbandwidth monthreshold " +
      "backuppersistencetimeout v6persistmasklen interval resptimeout retries downtime " +
      "successretries failureretries alertretries deviation destport ttl hashid serverid " +
      "order healththreshold memberport range sopersistencetimeout dbsttl",
  ),
  ...kinds(
    "enum",
    "servicetype type lbmethod backuplbmethod persistencebackup persistencetype units1 " +
      "units2 units3 units4 icmpvsrresponse rhistate m somethod autoscale monconnectionclose " +
      "querytype crlcheck ocspcheck",
  ),
  ...kinds("list", "respcode"),
  ...kinds("host", "domain hostname"),
]);

/** Read-back tokens that mean "not set" (compared case-insensitively). */
const absentTokens: ReadonlyMap<string, readonly string[]> = new Map([
  ["rule", ["none"]],
  ["resrule", ["none"]],
  ["customserverid", ["none"]],
  ["ipv46", ["0.0.0.0"]],
  ["ipaddress", ["0.0.0.0"]],
  ["cookiename", ["none"]],
]);

export function isAbsentToken(attribute: string, value: string): boolean {
  const tokens = absentTokens.get(attribute);
  return tokens !== undefined && tokens.includes(value.trim().toLowerCase());
}

/**
 * NITRO attributes that hold secrets (docs/nitro.md#wire-quirks). They are stripped from
 * every read-back, whatever the topology says, so no secret can reach a plan.
 */
export const secretAttributes: Readonly<Partial<Record<ManagedResource, readonly string[]>>> = {
  lbmonitor: ["password", "secondarypassword", "radkey", "secureargs"],
};
