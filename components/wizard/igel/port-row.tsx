"use client";

import { Button } from "@/components/ui/button";
import { objectNames } from "@/lib/topology/schema/naming";
import type { PortPurpose } from "@/lib/topology/schema/igel-ums";
import { plural } from "@/lib/wizard/plural";
import { CheckboxField } from "../fields/checkbox-field";
import { NumberField } from "../fields/number-field";
import { useWizard } from "../wizard-context";
import { portPurposeLabels, usipWhy } from "./port-texts";
import { useIgelDoc } from "./use-igel-doc";

/** One load-balanced port: on or off, USIP with its reason, and the objects it becomes. */
export function PortRow({ index, onRemove }: { index: number; onRemove: () => void }) {
  const { doc } = useIgelDoc();
  const { readOnly } = useWizard();
  const row = doc.loadBalancing?.ports?.[index];
  if (!row) return null;
  const purpose: PortPurpose = row.purpose ?? "other";
  const prefix = doc.prefix || "prefix";
  const port = row.port;
  const vip = doc.network?.vip || "(VIP not entered)";
  const members = doc.servers?.length ?? 0;
  const at = `loadBalancing.ports.${index}`;
  return (
    <li
      className="space-y-3 rounded-md border border-slate-200 p-4 dark:border-slate-800"
      data-testid={`port-${port ?? index}`}
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        <CheckboxField
          path={`${at}.enabled`}
          label={
            <>
              Load-balance port {port ?? "(no number)"}{" "}
              <span className="font-normal text-slate-600 dark:text-slate-400">
                · {portPurposeLabels[purpose]}
              </span>
            </>
          }
        />
        {purpose === "other" && !readOnly ? (
          <Button
            variant="ghost"
            onClick={onRemove}
            aria-label={`Remove port ${port ?? index + 1}`}
          >
            Remove
          </Button>
        ) : null}
      </div>
      {purpose === "other" ? <NumberField path={`${at}.port`} label="Port number" /> : null}
      {row.enabled ? (
        <>
          <CheckboxField
            path={`${at}.usip`}
            label="Forward the client's IP address (USIP)"
            hint={usipWhy[purpose]}
            className="sm:pl-7"
          />
          <p className="text-sm text-slate-600 sm:pl-7 dark:text-slate-400">
            Creates virtual server{" "}
            <code className="text-slate-900 dark:text-slate-100">
              {objectNames.igelVserver(prefix, port ?? 0)}
            </code>{" "}
            on{" "}
            <strong className="text-slate-900 dark:text-slate-100">
              {vip}:{port ?? "?"}
            </strong>{" "}
            (TCP) with service group{" "}
            <code className="text-slate-900 dark:text-slate-100">
              {objectNames.igelServiceGroup(prefix, port ?? 0)}
            </code>{" "}
            of {plural(members, "UMS server")}.
          </p>
        </>
      ) : null}
    </li>
  );
}
