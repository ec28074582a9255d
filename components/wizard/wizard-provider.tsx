"use client";

import { useRouter, useSelectedLayoutSegment } from "next/navigation";
import { useCallback, useDeferredValue, useMemo, useRef, useState, type ReactNode } from "react";
import type { TopologyDraft } from "@/lib/topology/schema/document";
import { setIn } from "@/lib/wizard/doc-paths";
import { isRevealed } from "@/lib/wizard/field-paths";
import { stepStatuses } from "@/lib/wizard/step-status";
import { asStepId, pickStepPatch } from "@/lib/wizard/steps";
import { useApplianceChecks } from "./use-appliance-checks";
import { useApplianceChoice } from "./use-appliance-choice";
import { useApplianceFacts } from "./use-appliance-facts";
import { useAutosave } from "./use-autosave";
import { useDraftChecks } from "./use-draft-checks";
import { useStepVisits } from "./use-step-visits";
import { WizardContext, type WizardContextValue, type WizardInitial } from "./wizard-context";

/** Holds the wizard's state for one topology; rendered by the wizard layout around every step. */
export function WizardProvider({
  initial,
  children,
}: {
  initial: WizardInitial;
  children: ReactNode;
}) {
  const { topologyId, kind } = initial;
  const { readOnly, readOnlyNotice } = initial.mode;
  const router = useRouter();
  const step = asStepId(kind, useSelectedLayoutSegment());
  const [doc, setDoc] = useState<TopologyDraft>(initial.document);
  // The latest document for the autosave, which runs outside React's render.
  const latest = useRef<TopologyDraft>(initial.document);
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const { visited, revealed } = useStepVisits(initial, step);
  const autosave = useAutosave({
    topologyId,
    initialVersion: initial.version,
    readOnly,
    readPatch: (s) => pickStepPatch(kind, s, latest.current),
  });
  const appliance = useApplianceChoice(initial, autosave.runVersioned);
  const facts = useApplianceFacts(appliance.id);
  const [navigating, setNavigating] = useState(false);
  const [planned, setPlanned] = useState(initial.planned);
  const [latestRun, setLatestRun] = useState(initial.latestRun);
  const markPlanned = useCallback(() => setPlanned(true), []);

  const { markDirty, flush } = autosave;
  const touch = useCallback(
    (path: string) =>
      setTouched((current) => (current.has(path) ? current : new Set(current).add(path))),
    [],
  );
  const change = useCallback(
    (mutate: (d: TopologyDraft) => TopologyDraft, paths: readonly string[]) => {
      if (!step || readOnly) return;
      const next = mutate(latest.current);
      latest.current = next;
      setDoc(next);
      setTouched((current) => new Set([...current, ...paths]));
      // A plan read before this edit is for another design (After's ticks change nothing).
      if (step !== "after") setPlanned(false);
      markDirty(step);
    },
    [markDirty, readOnly, step],
  );
  const edit = useCallback(
    (path: string, value: unknown) => change((d) => setIn(d, path, value), [path]),
    [change],
  );
  const navigate = useCallback(
    async (href: string) => {
      setNavigating(true);
      // Unsaved changes stay in this page's state either way; saving first means the next
      // step's server-rendered parts (Review) see them.
      await flush();
      router.push(href);
      setNavigating(false);
    },
    [flush, router],
  );

  // Validation trails typing slightly (deferred) so a keystroke never waits for it. The
  // document's own rules are checked on the server (use-draft-checks.ts: the zod schemas stay
  // off the page); the appliance's facts are compared here.
  const checkedDoc = useDeferredValue(doc);
  const checks = useDraftChecks(initial.checks, initial.document, checkedDoc);
  const factsData = facts.data?.state === "ok" ? facts.data.facts : undefined;
  const validation = useApplianceChecks(checks.validation, checkedDoc, appliance.id, factsData);
  const statuses = useMemo(
    () => stepStatuses(checkedDoc, validation, visited, { planned, latestRun }, checks.checklists),
    [checkedDoc, validation, visited, planned, latestRun, checks.checklists],
  );
  const revealAll = step !== null && revealed.has(step);

  const value = useMemo<WizardContextValue>(
    () => ({
      topologyId,
      kind,
      name: initial.name,
      readOnly,
      readOnlyNotice,
      userName: initial.userName,
      step,
      doc,
      edit,
      change,
      touch,
      isRevealed: (path) => isRevealed(path, touched, revealAll),
      validation,
      databaseScript: checks.databaseScript,
      statuses,
      markPlanned,
      reportRun: setLatestRun,
      save: { state: autosave.state, flush },
      navigate,
      navigating,
      appliance: { id: appliance.id, choose: appliance.choose, facts },
    }),
    [
      topologyId,
      kind,
      initial.name,
      initial.userName,
      readOnly,
      readOnlyNotice,
      step,
      doc,
      edit,
      change,
      touch,
      touched,
      revealAll,
      validation,
      checks.databaseScript,
      statuses,
      markPlanned,
      autosave.state,
      flush,
      navigate,
      navigating,
      appliance.id,
      appliance.choose,
      facts,
    ],
  );
  return <WizardContext.Provider value={value}>{children}</WizardContext.Provider>;
}
