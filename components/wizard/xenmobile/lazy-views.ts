"use client";
// The XenMobile step views as the registry and the server steps use them. Every view is its
// own chunk, loaded when its step renders, so a step page does not ship the other steps' forms.
// They still render on the server (ssr stays on), and the chunk is preloaded with the page.
import dynamic from "next/dynamic";
import type { ComponentProps } from "react";
import type { WizardStepProps } from "../step-props";
import type { XmsPrerequisitesForm as XmsPrerequisitesFormView } from "./prerequisites-form";
import type { XmsGatewayForm as XmsGatewayFormView } from "./gateway-form";
import type { XmsMamForm as XmsMamFormView } from "./mam-form";

export const XmsNodesStep = dynamic<WizardStepProps>(() =>
  import("./nodes-step").then((m) => m.XmsNodesStep),
);
export const XmsMdmStep = dynamic<WizardStepProps>(() =>
  import("./mdm-step").then((m) => m.XmsMdmStep),
);
export const XmsDnsStep = dynamic<WizardStepProps>(() =>
  import("./dns-step").then((m) => m.XmsDnsStep),
);
// The client forms of the steps whose server part loads the appliances (withAppliances).
export const XmsPrerequisitesForm = dynamic<ComponentProps<typeof XmsPrerequisitesFormView>>(() =>
  import("./prerequisites-form").then((m) => m.XmsPrerequisitesForm),
);
export const XmsGatewayForm = dynamic<ComponentProps<typeof XmsGatewayFormView>>(() =>
  import("./gateway-form").then((m) => m.XmsGatewayForm),
);
export const XmsMamForm = dynamic<ComponentProps<typeof XmsMamFormView>>(() =>
  import("./mam-form").then((m) => m.XmsMamForm),
);
