import { Badge } from "@/components/ui/badge";
import type { CertificateStatus } from "@/lib/status/types";
import {
  certificateLevelWords,
  certificateTone,
  daysLeftWords,
  expiryDate,
} from "./certificate-words";
import { ago } from "./state-words";

/**
 * The certificates a topology uses and how close each is to expiry. The appliance's
 * certificates are read at most hourly, so the card says when they were read.
 */
export function CertificatesCard({
  certificates,
  now,
}: {
  certificates: CertificateStatus[];
  now: number;
}) {
  const readAt = certificates.find((c) => c.readAt)?.readAt ?? null;
  const read = ago(readAt, now);
  return (
    <section aria-labelledby="certificates-title" data-testid="certificates-card">
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-x-3">
        <h2 id="certificates-title" className="text-base font-semibold">
          Certificates
        </h2>
        <span
          className="text-sm text-slate-600 dark:text-slate-400"
          data-testid="certificates-read"
        >
          {read ? `Read ${read} (re-read hourly)` : "Not read yet (read hourly)"}
        </span>
      </div>
      <ul className="divide-y divide-slate-200 dark:divide-slate-800">
        {certificates.map((c) => (
          <li
            key={c.name}
            className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1 py-2 text-sm"
            data-testid="certificate-row"
          >
            <div className="min-w-0">
              <p className="font-medium break-all">{c.name}</p>
              <p className="text-xs text-slate-600 dark:text-slate-400">{c.usedBy.join(", ")}</p>
            </div>
            <dl className="flex flex-wrap items-center gap-x-3 gap-y-1">
              <dt className="sr-only">Days left</dt>
              <dd data-testid="certificate-days">{daysLeftWords(c)}</dd>
              <dt className="sr-only">Expires on</dt>
              <dd className="text-slate-600 dark:text-slate-400">{expiryDate(c.expiresAt)}</dd>
              <dt className="sr-only">Level</dt>
              <dd>
                <Badge tone={certificateTone[c.level]} className="font-semibold whitespace-nowrap">
                  <span data-testid="certificate-level">{certificateLevelWords[c.level]}</span>
                </Badge>
              </dd>
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}
