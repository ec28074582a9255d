"use client";

import Link from "next/link";
import { useState } from "react";
import { inputClasses } from "@/components/ui/field";
import { useWizard } from "../wizard-context";

export interface ApplianceOption {
  id: string;
  name: string;
}

/** Which NetScaler this topology is applied to; saved at once, like every other field. */
export function ApplianceField({ appliances }: { appliances: ApplianceOption[] }) {
  const { appliance, readOnly } = useWizard();
  const [saving, setSaving] = useState(false);
  const choose = async (id: string) => {
    setSaving(true);
    await appliance.choose(id);
    setSaving(false);
  };
  if (readOnly) {
    // Nothing to choose or add: the choice is shown as text (the id keeps links to it working).
    const chosen = appliances.find((a) => a.id === appliance.id);
    return (
      <div className="space-y-1">
        <p className="text-sm font-medium">NetScaler appliance</p>
        <p id="wizard-appliance" className="text-sm" data-testid="wizard-appliance-read-only">
          {chosen?.name ?? "Not chosen yet"}
        </p>
      </div>
    );
  }
  return (
    <div className="space-y-1">
      <label htmlFor="wizard-appliance" className="block text-sm font-medium">
        NetScaler appliance
      </label>
      <div className="flex flex-wrap items-center gap-3">
        <select
          id="wizard-appliance"
          value={appliance.id ?? ""}
          onChange={(e) => void choose(e.target.value)}
          disabled={saving}
          aria-busy={saving || undefined}
          aria-describedby="wizard-appliance-hint"
          className={`${inputClasses} max-w-sm`}
        >
          <option value="">Not chosen yet</option>
          {appliances.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
        <Link
          href="/appliances/new"
          className="text-sm text-sky-800 hover:underline dark:text-sky-300"
        >
          Add an appliance
        </Link>
      </div>
      <p id="wizard-appliance-hint" className="text-xs text-slate-600 dark:text-slate-400">
        Choosing one lets the wizard check your addresses against it: the SNIPs it has, and the VIP
        ports already taken. Nothing is changed on it before you apply.
      </p>
    </div>
  );
}
