// XenMobile Server cluster behind NetScaler: one full (Review) schema per wizard step.
import { z } from "zod";
import { xenMobileAfterIds, xenMobilePrerequisiteIds } from "../checklists/ids";
import { checklistSchema, persistenceSchema, prefixSchema } from "./common";
import {
  booleanField,
  fqdnField,
  ipv4Field,
  memberAddressField,
  nsNameField,
  optionalIpv4Field,
  optionalText,
  portField,
  requiredText,
  serverNameField,
} from "./fields";
import { MAX_MEMBERS, MAX_PORTS, tooManyMessage } from "./list-limits";

export { DEFAULT_MAM_RULE, XMS_MONITOR_PATH } from "./constants";

export const xmsNodeSchema = z.object({
  name: serverNameField("Node name", "xms1"),
  address: memberAddressField("Node address", "10.20.0.11"),
  /** The node's cluster ID (XMS CLI Clustering menu), sent as the member's custom server ID. */
  serverId: requiredText("Server ID", "copy the node ID from the XMS clustering menu.", 127),
});

export const xenMobileStepSchemas = {
  prerequisites: z.object({
    prefix: prefixSchema("XENMOBILE"),
    prerequisites: checklistSchema(xenMobilePrerequisiteIds),
  }),
  nodes: z.object({
    nodes: z
      .array(xmsNodeSchema, { error: "XMS nodes: add at least two XMS nodes." })
      .max(MAX_MEMBERS, tooManyMessage("XMS nodes", MAX_MEMBERS)),
    monitor: z.object(
      {
        enabled: booleanField("Health monitor"),
        /** No default on purpose: the reply changed between XMS versions. */
        expectedReply: optionalText("Expected reply", 500),
      },
      { error: "Health monitor: choose whether to add the HTTP-ECV monitor." },
    ),
  }),
  mdm: z.object({
    mdm: z.object(
      {
        vip: ipv4Field("MDM VIP", "10.20.1.50"),
        ports: z
          .array(portField("MDM port"), {
            error: "MDM ports: add at least one port, normally 443 and 8443.",
          })
          .max(MAX_PORTS, tooManyMessage("MDM ports", MAX_PORTS)),
        persistence: persistenceSchema("MDM"),
      },
      { error: "MDM: enter the MDM VIP and its ports." },
    ),
  }),
  mam: z.object({
    mam: z.object(
      {
        vip: ipv4Field("MAM VIP", "10.20.1.51"),
        port: portField("MAM port"),
        certificate: nsNameField("Server certificate", "xms-cert"),
        persistence: persistenceSchema("MAM"),
      },
      { error: "MAM: enter the MAM VIP, its port and the certificate." },
    ),
  }),
  gateway: z.object({
    gateway: z.object(
      {
        vserverName: nsNameField("Gateway vserver", "ag_vs"),
        /** Optional: only used to catch the Gateway-VIP mistake without asking the appliance. */
        vip: optionalIpv4Field("Gateway VIP", "10.20.1.20"),
      },
      { error: "Gateway: enter the Gateway vserver's name." },
    ),
  }),
  dns: z.object({
    dns: z.object(
      {
        xmsFqdn: fqdnField("XMS FQDN", "xms.corp.local"),
        netscalerRecord: booleanField("NetScaler address record"),
      },
      { error: "DNS: enter the XMS FQDN." },
    ),
  }),
  review: z.object({}),
  apply: z.object({}),
  after: z.object({ after: checklistSchema(xenMobileAfterIds) }),
};
