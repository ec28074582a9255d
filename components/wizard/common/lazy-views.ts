"use client";
// The shared step views (and the client parts of the server ones) as the registry and Review
// and Apply use them. Each is its own chunk, loaded when its step renders, so other steps do
// not ship them. They still render on the server (ssr stays on), preloaded with the page.
import dynamic from "next/dynamic";
import type { ComponentProps } from "react";
import type { WizardStepProps } from "../step-props";
import type { WizardApplyView as WizardApplyViewComponent } from "./wizard-apply-view";
import type { WizardReviewPanel as WizardReviewPanelComponent } from "./wizard-review-panel";

export const WizardAfterStep = dynamic<WizardStepProps>(() =>
  import("./after-step").then((m) => m.WizardAfterStep),
);
export const WizardReviewPanel = dynamic<ComponentProps<typeof WizardReviewPanelComponent>>(() =>
  import("./wizard-review-panel").then((m) => m.WizardReviewPanel),
);
export const WizardApplyView = dynamic<ComponentProps<typeof WizardApplyViewComponent>>(() =>
  import("./wizard-apply-view").then((m) => m.WizardApplyView),
);
