"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { fieldId } from "@/lib/wizard/field-paths";
import { fieldStep } from "@/lib/wizard/steps";
import { stepHref, useWizard } from "../wizard-context";

export const XMS_FQDN_PATH = "dns.xmsFqdn";

/** A link to the XMS FQDN input, on whichever step asks for it (the MDM step). */
export function XmsNameLink({ children }: { children: ReactNode }) {
  const { kind, topologyId } = useWizard();
  const step = fieldStep(kind, XMS_FQDN_PATH) ?? "dns";
  return (
    <Link
      href={`${stepHref(topologyId, step)}#${fieldId(XMS_FQDN_PATH)}`}
      className="text-sky-800 underline underline-offset-2 hover:no-underline dark:text-sky-300"
      data-testid="xms-fqdn-link"
    >
      {children}
    </Link>
  );
}
