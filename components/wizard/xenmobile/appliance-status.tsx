"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useApplianceLists } from "./use-appliance-lists";

/**
 * What the XenMobile steps will offer from the chosen appliance (certificates and Gateway
 * vservers), or why it could not be read. Reading is never a crash: entries are saved either way.
 */
export function XmsApplianceStatus({ applianceName }: { applianceName: string | null }) {
  const lists = useApplianceLists();
  const name = applianceName ?? "the appliance";
  if (lists.status === "none") return null;
  const again = (
    <Button
      variant="secondary"
      className="py-1"
      pending={lists.fetching}
      onClick={lists.refetch}
      // The name starts with the visible text, so voice users can say "Read again".
      aria-label={`Read again: ${name}`}
    >
      Read again
    </Button>
  );
  if (lists.status === "unavailable") {
    return (
      <Alert tone="warning" title={`Could not read ${name}`}>
        <p>
          {lists.message} Until it answers, the certificate and the Gateway are typed by name and
          the checks against the appliance are skipped; your entries are saved either way.
        </p>
        <div className="mt-2">{again}</div>
      </Alert>
    );
  }
  const box =
    "flex min-h-12 flex-wrap items-center justify-between gap-2 rounded-md bg-slate-50 px-3 py-2 text-sm dark:bg-slate-800/60";
  if (lists.status === "loading") {
    return (
      <div className={box} aria-busy="true">
        <p>Reading {name}…</p>
      </div>
    );
  }
  const gateways = lists.vpnVservers.map((v) => v.name);
  return (
    <div className={box} data-testid="appliance-facts">
      <p>
        Read from <strong>{name}</strong>: {lists.certKeys.length} certificate-key pair(s); Gateway
        vservers: {gateways.join(", ") || "none yet"}.
      </p>
      {again}
    </div>
  );
}
