"use client";

import { checklist } from "@/lib/topology/checklists";
import { CheckItem } from "../fields/check-item";
import { useWizard } from "../wizard-context";

/** The do-after checklist for every kind; each tick is saved with who and when. */
export function WizardAfterStep() {
  const { doc } = useWizard();
  const items = checklist(doc, "after");
  const done = items.filter((item) => {
    const ticks: Partial<Record<string, { done?: boolean }>> = doc.after ?? {};
    return ticks[item.id]?.done === true;
  }).length;
  return (
    <div className="space-y-4">
      <p className="text-sm" data-testid="after-progress">
        {done} of {items.length} done. Ticks are saved with your name and the time, so the team sees
        who did what.
      </p>
      <div className="space-y-4">
        {items.map((item) => (
          <CheckItem
            key={item.id}
            list="after"
            id={item.id}
            title={item.title}
            detail={item.detail}
          />
        ))}
      </div>
    </div>
  );
}
