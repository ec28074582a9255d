// IGEL UMS wizard steps: labels, headings and the "why" line under each heading.
import type { IgelUmsStepId } from "@/lib/topology/schema/steps";
import { applyStepMeta, reviewStepMeta } from "./shared-steps";
import type { WizardStepMeta } from "./types";

export const igelUmsStepMeta: Record<IgelUmsStepId, WizardStepMeta> = {
  prerequisites: {
    label: "Prerequisites",
    title: "Before you start",
    why: "Load balancing only helps if nothing else stays a single point of failure, and the choices here decide which ports the NetScaler carries.",
    alsoEdits: ["loadBalancing"],
  },
  database: {
    label: "Database",
    title: "Shared database",
    why: "Every UMS server reads and writes the same database. It must exist before the first UMS connects, so create it now with the script below.",
    alsoEdits: ["prerequisites"],
  },
  servers: {
    label: "UMS servers",
    title: "UMS servers",
    why: "These are the back ends the NetScaler spreads devices and consoles across. With two or more, one can fail or be patched while the others keep serving.",
  },
  network: {
    label: "Appliance and network",
    title: "Appliance and network",
    why: "The UMS servers must see each device's own address, so their replies have to return through the NetScaler: that is why the SNIP is their gateway and the VIP sits in their subnet.",
    choosesAppliance: true,
  },
  "load-balancing": {
    label: "Load balancing",
    title: "Load balancing",
    why: "One virtual server per port on the shared VIP, each with a service group of every UMS server. Client-IP forwarding and persistence are set per port so devices stay reachable and sticky.",
  },
  dns: {
    label: "DNS and devices",
    title: "DNS name and device discovery",
    why: "Devices, consoles and firmware downloads should use one name that points at the VIP, never at a single UMS server, or they lose the failover.",
  },
  review: reviewStepMeta,
  apply: applyStepMeta,
  after: {
    label: "After the NetScaler",
    title: "After the NetScaler",
    why: "The NetScaler side is done. These settings live in DNS, DHCP and UMS itself; until they point at the load-balanced name, devices still talk to one server.",
  },
};
