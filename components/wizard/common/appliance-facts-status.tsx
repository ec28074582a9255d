"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { subnetOf } from "@/lib/topology/schema/net";
import { plural } from "@/lib/wizard/plural";
import { useWizard } from "../wizard-context";

/** What was read from the chosen appliance, or why it could not be read (never a crash). */
export function ApplianceFactsStatus({ applianceName }: { applianceName: string | null }) {
  const { appliance } = useWizard();
  const { facts } = appliance;
  if (!appliance.id) return null;
  const again = (
    <Button
      variant="secondary"
      className="py-1"
      pending={facts.isFetching}
      onClick={() => void facts.refetch()}
    >
      Read again
    </Button>
  );
  const name = applianceName ?? "the appliance";
  if (facts.error || facts.data?.state === "unavailable") {
    const message =
      facts.error?.message ?? (facts.data?.state === "unavailable" ? facts.data.message : "");
    return (
      <Alert tone="warning" title={`Could not read ${name}`}>
        <p>
          {message} The checks against the appliance are skipped until it answers; your entries are
          saved either way.
        </p>
        <div className="mt-2">{again}</div>
      </Alert>
    );
  }
  if (!facts.data) {
    return <p className="text-sm text-slate-600 dark:text-slate-400">Reading {name}…</p>;
  }
  const snips = facts.data.facts.snips.map(
    (s) => `${s.ipaddress}/${subnetOf(s.ipaddress, s.netmask)?.prefixLength ?? "?"}`,
  );
  return (
    <div
      className="flex flex-wrap items-center justify-between gap-2 rounded-md bg-slate-50 px-3 py-2 text-sm dark:bg-slate-800/60"
      data-testid="appliance-facts"
    >
      <p className="min-w-0 flex-1">
        Checked against <strong>{name}</strong>: SNIPs {snips.join(", ") || "none"};{" "}
        {plural(facts.data.facts.vservers.length, "virtual server")} in use.
      </p>
      {again}
    </div>
  );
}
