"use client";

// The IGEL steps' typed view of the wizard document.
import { useCallback } from "react";
import type { IgelUmsDraft, TopologyDraft } from "@/lib/topology/schema/document";
import { useWizard } from "../wizard-context";

export function useIgelDoc() {
  const { doc, change } = useWizard();
  if (doc.kind !== "IGEL_UMS") throw new Error("An IGEL UMS step was opened for another kind.");
  const changeIgel = useCallback(
    (mutate: (d: IgelUmsDraft) => IgelUmsDraft, paths: readonly string[]) =>
      change((d: TopologyDraft) => (d.kind === "IGEL_UMS" ? mutate(d) : d), paths),
    [change],
  );
  return { doc, changeIgel };
}
