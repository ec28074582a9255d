"use client";

import { appControllerUrl } from "@/lib/topology/compile/app-controller";
import { stepMeta } from "@/lib/wizard/meta";
import { fieldStep } from "@/lib/wizard/steps";
import { useWizard } from "../wizard-context";
import { useXmsDoc } from "./use-xms-doc";
import { XMS_FQDN_PATH, XmsNameLink } from "./xms-name-link";

/** The App Controller URL the Gateway gets, derived from the XMS FQDN and the MAM port. */
export function AppControllerUrl() {
  const { kind } = useWizard();
  const { doc } = useXmsDoc();
  const asking = fieldStep(kind, XMS_FQDN_PATH);
  const where = asking ? (stepMeta(kind, asking)?.label ?? asking) : "MDM";
  const url = appControllerUrl(doc);
  const port = doc.mam?.port ?? 8443;
  return (
    <div
      className="space-y-1 rounded-md bg-slate-50 p-4 text-sm dark:bg-slate-800/60"
      data-testid="app-controller-url"
    >
      <p className="font-medium">App Controller URL</p>
      {url ? (
        <p>
          <code className="text-base break-all text-slate-900 dark:text-slate-100">{url}</code>
        </p>
      ) : (
        <p>
          <code className="break-all">https://&lt;XMS FQDN&gt;:{port}</code>{" "}
          <span className="text-slate-600 dark:text-slate-400">
            (<XmsNameLink>enter the XMS FQDN on the {where} step</XmsNameLink>)
          </span>
        </p>
      )}
      <p className="text-slate-600 dark:text-slate-400">
        Derived from the XMS FQDN
        {url ? (
          <>
            {" "}
            (<XmsNameLink>entered on the {where} step</XmsNameLink>)
          </>
        ) : null}{" "}
        and the MAM port; not typed. Apply binds it to the Gateway vserver (
        <code>bind vpn vserver … -appController</code>), which then sends app traffic to that name.
        The NetScaler&apos;s own DNS record resolves the name to the MAM VIP.
      </p>
    </div>
  );
}
