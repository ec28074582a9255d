"use client";

import { checklist } from "@/lib/topology/checklists";
import type { TopologyDraft } from "@/lib/topology/schema";
import { CheckItem } from "../fields/check-item";
import { StepSection } from "../step-section";

/** The kind's prerequisite confirmations, each with why it matters. */
export function PrerequisitesChecklist({
  doc,
  why,
}: {
  doc: TopologyDraft;
  why: Readonly<Record<string, string>>;
}) {
  return (
    <StepSection
      title="Confirm the groundwork"
      intro="Tick each item once it is true for your site. Unticked items do not stop you; Review lists them as warnings."
    >
      <div className="space-y-4">
        {checklist(doc, "prerequisites").map((item) => (
          <CheckItem
            key={item.id}
            list="prerequisites"
            id={item.id}
            title={item.title}
            detail={
              <>
                {item.detail} <span className="italic">Why: {why[item.id]}</span>
              </>
            }
          />
        ))}
      </div>
    </StepSection>
  );
}
