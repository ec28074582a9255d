import { Badge } from "@/components/ui/badge";
import type { ApplyVerification, VerificationOutcome } from "@/lib/apply/verify/types";

const outcomeText: Record<VerificationOutcome, string> = {
  pending: "Will check that every vserver comes UP once the apply is done…",
  checking: "Checking that every vserver comes UP…",
  settled: "Every vserver is UP with all members",
  not_settled: "Not every vserver came UP",
  failed: "The check could not read the appliance",
  interrupted: "The check was interrupted",
};

const outcomeTone: Record<VerificationOutcome, "success" | "warning" | "danger" | "neutral"> = {
  pending: "neutral",
  checking: "neutral",
  settled: "success",
  not_settled: "danger",
  failed: "warning",
  interrupted: "warning",
};

/**
 * The check after a successful apply ("every vserver should now be UP"): its outcome, and for
 * each vserver that is not UP with all members, the members that are not and why.
 */
export function ApplyVerificationPanel({
  verification,
  heading = "h4",
}: {
  verification: ApplyVerification;
  heading?: "h3" | "h4";
}) {
  const Heading = heading;
  const open = verification.outcome === "pending" || verification.outcome === "checking";
  const notUp = verification.vservers.filter((v) => !v.up);
  return (
    <section
      aria-label="Verification after apply"
      className="space-y-2 rounded-md border border-slate-200 p-3 text-sm dark:border-slate-800"
      data-testid="apply-verification"
    >
      <div className="flex flex-wrap items-center gap-2" aria-live="polite">
        <Heading className="font-semibold">Verification</Heading>
        <Badge tone={outcomeTone[verification.outcome]}>
          <span data-testid="verification-outcome">{outcomeText[verification.outcome]}</span>
        </Badge>
      </div>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        {open
          ? `Watching for up to ${verification.limitSeconds} s (APPLY_VERIFY_SECONDS).`
          : `${verification.checks} read${verification.checks === 1 ? "" : "s"} of the appliance within ${verification.limitSeconds} s.`}
        {verification.vservers.length > 0 && !open
          ? ` ${verification.vservers.length - notUp.length} of ${verification.vservers.length} vservers UP with all members.`
          : ""}
      </p>
      {verification.error ? (
        <p className="text-amber-800 dark:text-amber-300">{verification.error}</p>
      ) : null}
      {!open && notUp.length > 0 ? (
        <ul className="space-y-2" data-testid="verification-not-up">
          {notUp.map((v) => (
            <li key={v.name}>
              <p>
                <span className="font-medium break-all">{v.name}</span> is {v.state},{" "}
                {v.activeMembers} of {v.totalMembers} members UP
              </p>
              <ul className="ml-4 list-disc text-xs">
                {v.members
                  .filter((m) => m.state !== "UP")
                  .map((m) => (
                    <li key={`${m.serviceGroup}/${m.server}/${m.port}`} className="break-words">
                      {m.server}:{m.port} ({m.serviceGroup}) is {m.state}
                      {m.reason ? ` — ${m.reason}` : " — the appliance gave no monitor response"}
                    </li>
                  ))}
              </ul>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
