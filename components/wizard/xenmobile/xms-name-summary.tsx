"use client";

import { stepMeta } from "@/lib/wizard/meta";
import { fieldStep } from "@/lib/wizard/steps";
import { useWizard } from "../wizard-context";
import { useXmsDoc } from "./use-xms-doc";
import { XMS_FQDN_PATH, XmsNameLink } from "./xms-name-link";

/** The XMS FQDN as entered on an earlier step, shown (not edited) where DNS is explained. */
export function XmsNameSummary() {
  const { kind } = useWizard();
  const { doc } = useXmsDoc();
  const fqdn = doc.dns?.xmsFqdn?.trim();
  const step = fieldStep(kind, XMS_FQDN_PATH);
  const where = step ? (stepMeta(kind, step)?.label ?? step) : "MDM";
  return (
    <div className="space-y-1 text-sm" data-testid="xms-fqdn-summary">
      <p className="font-medium">XMS FQDN</p>
      <p>
        {fqdn ? (
          <code className="text-base break-all text-slate-900 dark:text-slate-100">{fqdn}</code>
        ) : (
          <span className="text-slate-600 dark:text-slate-400">Not entered yet.</span>
        )}{" "}
        <XmsNameLink>
          {fqdn ? `Change it on the ${where} step` : `Enter it on the ${where} step`}
        </XmsNameLink>
      </p>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        The one name devices, Secure Hub and the Gateway use for XMS. The XMS certificate and the
        MAM certificate must be valid for it.
      </p>
    </div>
  );
}
