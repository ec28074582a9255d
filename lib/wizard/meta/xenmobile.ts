// XenMobile Server wizard steps: labels, headings and the "why" line under each heading.
import type { XenMobileStepId } from "@/lib/topology/schema/steps";
import { applyStepMeta, reviewStepMeta } from "./shared-steps";
import type { WizardStepMeta } from "./types";

export const xenMobileStepMeta: Record<XenMobileStepId, WizardStepMeta> = {
  prerequisites: {
    label: "Prerequisites",
    title: "Before you start",
    why: "The NetScaler can only spread devices across a working cluster: the nodes, their shared database, the certificate and the Gateway have to be in place first. XenMobile has no network step, so the appliance is chosen here too.",
    choosesAppliance: true,
  },
  nodes: {
    label: "XMS nodes",
    title: "XenMobile Server nodes",
    why: "Every node becomes a member of the device (MDM) and app (MAM) service groups. With two or more, one can fail or be patched while the others keep serving.",
  },
  mdm: {
    label: "MDM VIP",
    title: "Device management (MDM)",
    why: "Devices enroll and receive their commands here, under the one XMS name. The NetScaler passes the TLS through to XMS untouched (SSL bridge) and keeps each device on one node.",
    // The XMS name is asked for here: the MAM certificate and the Gateway's App Controller URL
    // on the next two steps are built on it.
    alsoEdits: ["dns"],
    asksFor: ["dns.xmsFqdn"],
  },
  mam: {
    label: "MAM VIP",
    title: "App management (MAM)",
    why: "The Gateway sends app traffic here. The NetScaler decrypts it with the server certificate and sends every request of a session to the node that owns it.",
  },
  gateway: {
    label: "Gateway",
    title: "NetScaler Gateway",
    why: "Secure Hub's app traffic enters through the existing Gateway, which needs to know where XMS is: its App Controller URL.",
  },
  dns: {
    label: "DNS",
    title: "DNS",
    why: "One XMS name, two answers: on the NetScaler it leads the Gateway to the MAM VIP; in public DNS it leads devices to the MDM VIP.",
  },
  review: reviewStepMeta,
  apply: applyStepMeta,
  after: {
    label: "After the NetScaler",
    title: "After the NetScaler",
    why: "The NetScaler side is done. Public DNS and a real device test are left; until then devices still reach XMS the old way.",
  },
};
