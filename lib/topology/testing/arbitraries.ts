// fast-check arbitraries for complete, valid topology documents (no validation errors).
// Shared with the apply engine's tests ("apply, then plan → zero changes"). Addresses are data
// only and come from 10.0.0.0/8, 192.0.2.0/24 and 198.51.100.0/24; host names end in
// .example.test. Nothing may ever connect to them.
import fc from "fast-check";
import { persistenceTypes } from "../schema/common";
import type { IgelUmsDocument, XenMobileDocument, TopologyDocument } from "../schema/document";
import { databaseTypes, osGenerations, portPurposes } from "../schema/igel-ums";
import {
  igelUmsAfterIds,
  igelUmsPrerequisiteIds,
  xenMobileAfterIds,
  xenMobilePrerequisiteIds,
} from "../checklists/ids";
import {
  checklistArb,
  fqdnArb,
  hostsArb,
  labelArb,
  membersArb,
  nsNameArb,
  persistenceArb,
  prefixArb,
  sqlNameArb,
  topologyNameArb,
} from "./arbitrary-parts";

export * from "./arbitrary-parts";

export const igelUmsDocumentArb: fc.Arbitrary<IgelUmsDocument> = fc
  .integer({ min: 2, max: 4 })
  .chain((count) =>
    fc.record({
      net: hostsArb(count + 2),
      members: fc.constant(count),
      ports: fc.uniqueArray(fc.integer({ min: 1, max: 65535 }), { minLength: 1, maxLength: 4 }),
    }),
  )
  .chain(({ net, members, ports }) =>
    fc.record({
      schemaVersion: fc.constant(1 as const),
      kind: fc.constant("IGEL_UMS" as const),
      name: topologyNameArb,
      prefix: prefixArb,
      prerequisites: checklistArb(igelUmsPrerequisiteIds),
      database: fc.record({
        type: fc.constantFrom(...databaseTypes),
        host: fc.oneof(fqdnArb, fc.constant("10.0.0.9")),
        port: fc.integer({ min: 1, max: 65535 }),
        databaseName: sqlNameArb,
        user: sqlNameArb,
        schema: sqlNameArb,
      }),
      servers: membersArb(members, net.hosts.slice(2)),
      network: fc.constant({
        umsSubnet: `${net.base}.0/24`,
        snip: net.hosts[0] ?? "",
        vip: net.hosts[1] ?? "",
      }),
      loadBalancing: fc.record({
        osGeneration: fc.constantFrom(...osGenerations),
        ports: fc.tuple(
          ...ports.map((port, i) =>
            fc.record({
              port: fc.constant(port),
              purpose: fc.constantFrom(...portPurposes),
              usip: fc.boolean(),
              enabled: i === 0 ? fc.constant(true) : fc.boolean(),
            }),
          ),
        ),
        persistence: persistenceArb(persistenceTypes.filter((t) => t !== "CUSTOMSERVERID")),
      }),
      dns: fc.record({ hostName: fc.oneof(labelArb, fqdnArb), netscalerRecord: fc.boolean() }),
      after: checklistArb(igelUmsAfterIds),
    }),
  );

export const xenMobileDocumentArb: fc.Arbitrary<XenMobileDocument> = fc
  .integer({ min: 2, max: 4 })
  .chain((count) => fc.record({ net: hostsArb(count + 3), count: fc.constant(count) }))
  .chain(({ net, count }) =>
    fc.record({
      schemaVersion: fc.constant(1 as const),
      kind: fc.constant("XENMOBILE" as const),
      name: topologyNameArb,
      prefix: prefixArb,
      prerequisites: checklistArb(xenMobilePrerequisiteIds),
      nodes: fc
        .tuple(
          membersArb(count, net.hosts.slice(3)),
          fc.uniqueArray(nsNameArb, { minLength: count, maxLength: count }),
        )
        .map(([members, ids]) => members.map((m, i) => ({ ...m, serverId: ids[i] ?? "" }))),
      monitor: fc.oneof(
        fc.constant({ enabled: false, expectedReply: "" }),
        fc
          .string({ minLength: 1, maxLength: 24 })
          .filter((s) => s.trim() !== "")
          .map((expectedReply) => ({ enabled: true, expectedReply })),
      ),
      mdm: fc.record({
        vip: fc.constant(net.hosts[0] ?? ""),
        ports: fc.uniqueArray(fc.integer({ min: 1, max: 65535 }), { minLength: 1, maxLength: 3 }),
        persistence: persistenceArb(["SOURCEIP", "NONE"]),
      }),
      mam: fc.record({
        vip: fc.constant(net.hosts[1] ?? ""),
        port: fc.integer({ min: 1, max: 65535 }),
        certificate: nsNameArb,
        persistence: persistenceArb(["CUSTOMSERVERID", "SOURCEIP"]),
      }),
      gateway: fc.record({ vserverName: nsNameArb, vip: fc.constantFrom("", net.hosts[2] ?? "") }),
      dns: fc.record({ xmsFqdn: fqdnArb, netscalerRecord: fc.boolean() }),
      after: checklistArb(xenMobileAfterIds),
    }),
  );

export const topologyDocumentArb: fc.Arbitrary<TopologyDocument> = fc.oneof(
  igelUmsDocumentArb,
  xenMobileDocumentArb,
);
