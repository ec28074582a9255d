// IGEL UMS behind NetScaler: one full (Review) schema per wizard step. Each step owns the
// top-level document keys of its object; the document is the union of all step shapes.
import { z } from "zod";
import { igelUmsAfterIds, igelUmsPrerequisiteIds } from "../checklists/ids";
import { checklistSchema, persistenceSchema, prefixSchema } from "./common";
import {
  booleanField,
  cidrField,
  dnsNameField,
  enumField,
  ipv4Field,
  memberAddressField,
  portField,
  requiredText,
  serverNameField,
} from "./fields";
import { MAX_MEMBERS, MAX_PORTS, tooManyMessage } from "./list-limits";
import { isDnsName, isIPv4, isIPv6 } from "./net";

import { databaseTypes, osGenerations, portPurposes } from "./constants";

export {
  databaseTypes,
  defaultDatabasePorts,
  osGenerations,
  portPurposes,
  type DatabaseType,
  type OsGeneration,
  type PortPurpose,
} from "./constants";

// Identifiers go into a generated database script later: keep them to plain SQL identifiers.
function sqlIdentifier(label: string, example: string) {
  const message = `${label}: start with a letter and use only letters, digits and _, such as ${example}.`;
  return requiredText(label, `enter a name such as ${example}.`, 128).regex(
    /^[A-Za-z][A-Za-z0-9_]*$/,
    message,
  );
}

function dbHostField() {
  const message =
    "Database host: enter the database server's (or listener's) host name or IP address.";
  return z
    .string({ error: message })
    .refine((v) => isIPv4(v) || isIPv6(v) || isDnsName(v), message);
}

export const umsServerSchema = z.object({
  name: serverNameField("Server name", "ums1"),
  address: memberAddressField("Server address", "10.10.20.11"),
});

export const igelPortSchema = z.object({
  port: portField("Port"),
  purpose: enumField("Port purpose", portPurposes),
  usip: booleanField("Use client IP (USIP)"),
  enabled: booleanField("Load-balance this port"),
});

export const igelUmsStepSchemas = {
  prerequisites: z.object({
    prefix: prefixSchema("IGEL_UMS"),
    prerequisites: checklistSchema(igelUmsPrerequisiteIds),
  }),
  database: z.object({
    database: z.object(
      {
        type: enumField("Database type", databaseTypes),
        host: dbHostField(),
        port: portField("Database port"),
        databaseName: sqlIdentifier("Database name", "rmdb"),
        user: sqlIdentifier("Database user", "igelums"),
        schema: sqlIdentifier("Database schema", "igelums"),
      },
      { error: "Database: fill in the database settings." },
    ),
  }),
  servers: z.object({
    servers: z
      .array(umsServerSchema, { error: "UMS servers: add at least two UMS servers." })
      .max(MAX_MEMBERS, tooManyMessage("UMS servers", MAX_MEMBERS)),
  }),
  network: z.object({
    network: z.object(
      {
        umsSubnet: cidrField("UMS subnet", "10.10.20.0/24"),
        snip: ipv4Field("SNIP", "10.10.20.5"),
        vip: ipv4Field("VIP", "10.10.20.100"),
      },
      { error: "Network: enter the UMS subnet, the SNIP and the VIP." },
    ),
  }),
  "load-balancing": z.object({
    loadBalancing: z.object(
      {
        osGeneration: enumField("IGEL OS generation", osGenerations),
        ports: z
          .array(igelPortSchema, { error: "Ports: switch on at least one port to load-balance." })
          .max(MAX_PORTS, tooManyMessage("Ports", MAX_PORTS)),
        persistence: persistenceSchema("UMS"),
      },
      { error: "Load balancing: choose the IGEL OS generation and the ports." },
    ),
  }),
  dns: z.object({
    dns: z.object(
      {
        hostName: dnsNameField("Host name", "igel.corp.local"),
        netscalerRecord: booleanField("NetScaler address record"),
      },
      { error: "DNS: enter the load-balanced host name." },
    ),
  }),
  review: z.object({}),
  apply: z.object({}),
  after: z.object({ after: checklistSchema(igelUmsAfterIds) }),
};
