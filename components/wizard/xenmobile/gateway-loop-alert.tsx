"use client";

import Link from "next/link";
import { fieldId } from "@/lib/wizard/field-paths";
import { stepHref, useWizard } from "../wizard-context";
import { useGatewayLoop } from "./gateway-loop";

/** Flags a MAM VIP that is the Gateway's VIP, with a link to the field to change. */
export function GatewayLoopAlert() {
  const { topologyId } = useWizard();
  const loop = useGatewayLoop();
  if (!loop) return null;
  return (
    <div
      role="alert"
      data-testid="gateway-loop"
      className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950/60 dark:text-red-100"
    >
      <p className="font-semibold">The XMS name would point at the Gateway</p>
      <p className="mt-1">
        The MAM VIP {loop.vip} is the VIP of Gateway {loop.gateway}. Inside, the XMS name must lead
        to the MAM virtual server, never to the Gateway: Secure Hub&apos;s micro-VPN traffic would
        enter the Gateway, be sent to the XMS name, and land in the Gateway again.{" "}
        <Link
          href={`${stepHref(topologyId, "mam")}#${fieldId("mam.vip")}`}
          className="font-medium underline"
        >
          Enter a free address for the MAM VIP
        </Link>
        .
      </p>
    </div>
  );
}
