import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SecondFactorPanel } from "@/components/account/second-factor-panel";
import { Card } from "@/components/ui/card";
import { getAppSession } from "@/lib/auth/session";
import {
  confirmTotpEnrolmentAction,
  disableTotpAction,
  startTotpEnrolmentAction,
} from "@/app/(app)/settings/account-actions";

// Reads the session on every request: never prerendered.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Set up a second factor" };

/** Where a member lands while their workspace requires a second factor they do not have. */
export default async function EnrolSecondFactorPage() {
  const session = await getAppSession();
  if (!session) redirect("/sign-in");
  if (!session.secondFactorMissing) redirect("/topologies");
  return (
    <Card>
      <h1 className="text-xl font-semibold">Set up a second factor</h1>
      <p className="mt-1 mb-5 text-sm text-slate-600 dark:text-slate-400">
        {session.workspaceName} requires every member to confirm sign-ins with an authenticator app.
        Set yours up to continue.
      </p>
      <SecondFactorPanel
        enabled={false}
        required
        actions={{
          start: startTotpEnrolmentAction,
          confirm: confirmTotpEnrolmentAction,
          disable: disableTotpAction,
        }}
      />
    </Card>
  );
}
