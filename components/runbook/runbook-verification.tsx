import { ApplyVerificationPanel } from "@/components/review/apply-verification";
import type { ApplyVerification } from "@/lib/apply/verify/types";
import { formatDateTime } from "@/lib/format";

/**
 * The runbook's last word, as the public write-ups end: "every vserver should now be UP". Shows
 * what the check after the latest apply found (printed with the runbook).
 */
export function RunbookVerification({
  verification,
  appliedAt,
}: {
  verification: ApplyVerification | null;
  appliedAt: Date | null;
}) {
  return (
    <section
      aria-labelledby="runbook-verification-title"
      className="mt-8 space-y-2 break-inside-avoid"
      data-testid="runbook-verification"
    >
      <h2 id="runbook-verification-title" className="text-lg font-semibold">
        Every vserver should now be UP
      </h2>
      {verification && appliedAt ? (
        <>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Checked by the app after the apply of {formatDateTime(appliedAt)}:
          </p>
          <ApplyVerificationPanel verification={verification} heading="h3" />
        </>
      ) : (
        <p className="text-sm">
          After applying, check that every virtual server is UP with all its members (the app checks
          this itself after an apply it makes and shows the result here).
        </p>
      )}
    </section>
  );
}
