// Why each XenMobile prerequisite matters, in the admin's terms (shown under the item's details).
import type { XenMobilePrerequisiteId } from "@/lib/topology/checklists/ids";

export const prerequisiteWhy: Record<XenMobilePrerequisiteId, string> = {
  "nodes-installed":
    "Nodes on different databases are separate servers, not a cluster: a device enrolled on one is unknown to the other. The certificates XMS issues live in that shared database, protected by the PKI passwords, so every node needs the same ones to use them.",
  "cluster-enabled":
    "Until clustering is on, each node behaves as a lone server and the NetScaler would spread devices across servers that do not share their work.",
  "node-ids":
    "The MAM virtual server keeps each app session on the node that started it by matching this ID; a wrong ID sends requests to a node that knows nothing of the session.",
  "free-ips":
    "Devices reach the MDM VIP (usually published to the internet); the Gateway reaches the MAM VIP. Each needs an address of its own, and neither may be the Gateway's VIP.",
  "certificate-installed":
    "The MAM VIP decrypts the Gateway's traffic, so the NetScaler needs a certificate-key pair for the XMS name. The MDM VIP passes TLS through untouched and needs none.",
  "gateway-exists":
    "This wizard only tells the existing Gateway where XMS is; it does not create the Gateway, its sign-in policies or its certificate.",
};
