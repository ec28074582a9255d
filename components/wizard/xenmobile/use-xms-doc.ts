"use client";

// The XenMobile steps' typed view of the wizard document.
import { useCallback } from "react";
import type { TopologyDraft, XenMobileDraft } from "@/lib/topology/schema/document";
import { useWizard } from "../wizard-context";

export function useXmsDoc() {
  const { doc, change } = useWizard();
  if (doc.kind !== "XENMOBILE") throw new Error("A XenMobile step was opened for another kind.");
  const changeXms = useCallback(
    (mutate: (d: XenMobileDraft) => XenMobileDraft, paths: readonly string[]) =>
      change((d: TopologyDraft) => (d.kind === "XENMOBILE" ? mutate(d) : d), paths),
    [change],
  );
  return { doc, changeXms };
}
