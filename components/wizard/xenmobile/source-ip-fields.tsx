"use client";

import { NumberField } from "../fields/number-field";
import { TextField } from "../fields/text-field";
import { useWizard } from "../wizard-context";

/**
 * Whether the timeout and mask show: with SOURCEIP, or whenever one of them is invalid (the
 * schema checks them whatever the type, so a bad imported value must never hide).
 */
export function useShowSourceIp(path: string, sourceIp: boolean): boolean {
  const { validation } = useWizard();
  return (
    sourceIp ||
    validation.errors.some((e) => e.path === `${path}.timeout` || e.path === `${path}.mask`)
  );
}

/** Timeout and mask of SOURCEIP persistence at `path` (mdm.persistence or mam.persistence). */
export function SourceIpFields({ path, who }: { path: string; who: string }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <NumberField
        path={`${path}.timeout`}
        label="Timeout"
        suffix="minutes"
        hint={`How long the NetScaler keeps sending a ${who} to the same node after its last connection.`}
      />
      <TextField
        path={`${path}.mask`}
        label="Address mask"
        autoComplete="off"
        spellCheck={false}
        hint={`255.255.255.255 pins each ${who} on its own; a shorter mask would put whole networks (or everyone behind one NAT address) on one node.`}
      />
    </div>
  );
}
