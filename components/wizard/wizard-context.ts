"use client";

// What every part of the wizard shares: the document being edited, how to change it, its
// validation, the save state and the chosen appliance. Provided once by WizardProvider (in
// the wizard layout), so it survives moving between steps.
import { createContext, useContext } from "react";
import type { TopologyKind } from "@/lib/topology/schema/kinds";
import type { TopologyDraft } from "@/lib/topology/schema/document";
import type { StepId } from "@/lib/topology/schema/steps";
import type { ValidationResult } from "@/lib/topology/validate/issues";
import type { ApplyRunStatus } from "@/lib/apply/run-status";
import type { DatabaseScriptView, DraftChecks } from "@/lib/wizard/draft-checks";
import type { StepStatus } from "@/lib/wizard/step-status";
import type { Autosave } from "./use-autosave";
import type { FactsQuery } from "./use-appliance-facts";
import type { WizardMode } from "./wizard-mode";

export interface WizardInitial {
  topologyId: string;
  kind: TopologyKind;
  name: string;
  version: number;
  document: TopologyDraft;
  applianceId: string | null;
  mode: WizardMode;
  userName: string;
  /** Steps visited before this page load (their messages show at once). */
  visited: string[];
  /** Status of this topology's latest apply run at page load; null if never applied. */
  latestRun: ApplyRunStatus | null;
  /** A plan was read for the design as it is now (see the wizard layout). */
  planned: boolean;
  /** The stored document's issues and database script, worked out by the layout. */
  checks: DraftChecks;
}

export interface WizardContextValue {
  topologyId: string;
  kind: TopologyKind;
  name: string;
  /** No topology:write: inputs are read-only and nothing is saved (see wizard-mode.ts). */
  readOnly: boolean;
  readOnlyNotice: string | null;
  userName: string;
  /** The step shown now; null on a page that is not a step (404). */
  step: StepId | null;
  doc: TopologyDraft;
  /** Sets the value at a dotted path and autosaves the current step. */
  edit: (path: string, value: unknown) => void;
  /** Any change to the document; `paths` are marked as touched. */
  change: (mutate: (doc: TopologyDraft) => TopologyDraft, paths: readonly string[]) => void;
  /** Marks a field as touched (on blur), so its messages show. */
  touch: (path: string) => void;
  isRevealed: (path: string) => boolean;
  validation: ValidationResult;
  /** IGEL: the database create script for the draft; null until the Database step is valid. */
  databaseScript: DatabaseScriptView | null;
  statuses: Record<string, StepStatus>;
  /** Review read a plan for the document as it is now (any edit clears it). */
  markPlanned: () => void;
  /** The Apply step saw a run start or end; the stepper's Apply mark follows it. */
  reportRun: (status: ApplyRunStatus) => void;
  save: Pick<Autosave, "state" | "flush">;
  /** Saves what is pending, then goes to `href`. */
  navigate: (href: string) => Promise<void>;
  navigating: boolean;
  appliance: {
    id: string | null;
    choose: (id: string) => Promise<boolean>;
    facts: FactsQuery;
  };
}

export const WizardContext = createContext<WizardContextValue | null>(null);

export function useWizard(): WizardContextValue {
  const value = useContext(WizardContext);
  if (!value) throw new Error("useWizard() is only available inside <WizardProvider>.");
  return value;
}

export function stepHref(topologyId: string, step: string): string {
  return `/topologies/${topologyId}/wizard/${step}`;
}
