"use client";
// The IGEL UMS step views as the registry and the server steps use them. Every view is its own
// chunk, loaded when its step renders, so a step page does not ship the other steps' forms.
// They still render on the server (ssr stays on), and the chunk is preloaded with the page.
import dynamic from "next/dynamic";
import type { ComponentProps } from "react";
import type { WizardStepProps } from "../step-props";
import type { IgelNetworkForm as IgelNetworkFormView } from "./network-form";

export const IgelPrerequisitesStep = dynamic<WizardStepProps>(() =>
  import("./prerequisites-step").then((m) => m.IgelPrerequisitesStep),
);
export const IgelDatabaseStep = dynamic<WizardStepProps>(() =>
  import("./database-step").then((m) => m.IgelDatabaseStep),
);
export const IgelServersStep = dynamic<WizardStepProps>(() =>
  import("./servers-step").then((m) => m.IgelServersStep),
);
export const IgelLoadBalancingStep = dynamic<WizardStepProps>(() =>
  import("./load-balancing-step").then((m) => m.IgelLoadBalancingStep),
);
export const IgelDnsStep = dynamic<WizardStepProps>(() =>
  import("./dns-step").then((m) => m.IgelDnsStep),
);
/** The client form of the Network step (its server part loads the appliances). */
export const IgelNetworkForm = dynamic<ComponentProps<typeof IgelNetworkFormView>>(() =>
  import("./network-form").then((m) => m.IgelNetworkForm),
);
