"use client";

// The document's issues and the database script, worked out on the server for the draft as it
// is now. The layout sends the stored document's checks with the page; after an edit the check
// action answers ~0.2 s after typing pauses. Until then the last answer stays on screen, and an
// answer for an older draft than the newest asked about is dropped.
import { useEffect, useRef, useState } from "react";
import { checkWizardDraftAction } from "@/app/(app)/topologies/[id]/wizard/check-draft-action";
import type { TopologyDraft } from "@/lib/topology/schema/document";
import type { DraftChecks } from "@/lib/wizard/draft-checks";

const CHECK_DELAY_MS = 200;

export function useDraftChecks(
  initial: DraftChecks,
  initialDoc: TopologyDraft,
  doc: TopologyDraft,
) {
  const [checks, setChecks] = useState(initial);
  const asked = useRef(0);
  const lastChecked = useRef(initialDoc);

  useEffect(() => {
    if (doc === lastChecked.current) return;
    const timer = setTimeout(() => {
      const ticket = ++asked.current;
      lastChecked.current = doc;
      // A refused or failed check keeps the last answer; the next edit asks again.
      void checkWizardDraftAction({ document: doc }).then(
        (result) => {
          if (ticket === asked.current && result.ok) setChecks(result.data);
        },
        () => undefined,
      );
    }, CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [doc]);

  return checks;
}
