import {
  lbvserverAggregateResource,
  lbvserverMemberViewResource,
  servicegroupAggregateResource,
} from "./aggregate-bindings";
import { appControllerBindingResource, dnsAddRecResource, vpnvserverResource } from "./dns-vpn";
import { hanodeResource, nsconfigResource } from "./ha-config";
import { lbvserverGroupBindingResource } from "./lb-bindings";
import { lbvserverResource } from "./lbvserver";
import { memberMonitorResource } from "./member-monitors";
import { lbmonitorResource, monitorBindingResource } from "./monitors";
import {
  nshostnameResource,
  nsipResource,
  nspartitionResource,
  nsversionResource,
} from "./ns-system";
import { serverResource } from "./server";
import { servicegroupResource } from "./servicegroup";
import { memberBindingResource } from "./servicegroup-members";
import { sslcertkeyResource, sslCertBindingResource, sslvserverResource } from "./ssl";
import type { ResourceHandler } from "./types";

/** Every config resource the simulator speaks, by NITRO type name. */
export const CONFIG_HANDLERS: ReadonlyMap<string, ResourceHandler> = new Map(
  [
    serverResource,
    servicegroupResource,
    memberBindingResource,
    monitorBindingResource,
    memberMonitorResource,
    lbmonitorResource,
    lbvserverResource,
    lbvserverGroupBindingResource,
    lbvserverMemberViewResource,
    lbvserverAggregateResource,
    servicegroupAggregateResource,
    sslcertkeyResource,
    sslvserverResource,
    sslCertBindingResource,
    dnsAddRecResource,
    vpnvserverResource,
    appControllerBindingResource,
    nsipResource,
    hanodeResource,
    nsconfigResource,
    nsversionResource,
    nshostnameResource,
    nspartitionResource,
  ].map((h) => [h.type, h]),
);
