"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-result";
import type { PeerCertificate } from "@/lib/nitro";

/** Shows the certificate the address presents and lets the admin pin its fingerprint. */
export function FingerprintFetcher({
  baseUrl,
  fetchFingerprint,
  onTrust,
}: {
  baseUrl: string;
  fetchFingerprint: (input: { baseUrl: string }) => Promise<ActionResult<PeerCertificate>>;
  onTrust: (fingerprint: string) => void;
}) {
  const [result, setResult] = useState<ActionResult<PeerCertificate> | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="space-y-2">
      <Button
        type="button"
        variant="secondary"
        pending={pending}
        onClick={() => startTransition(async () => setResult(await fetchFingerprint({ baseUrl })))}
      >
        Fetch the certificate from the appliance
      </Button>
      {result && !result.ok ? (
        <Alert tone="error">{result.fieldErrors?.baseUrl?.join(" ") ?? result.error}</Alert>
      ) : null}
      {result?.ok ? (
        <Alert tone="info" title="Certificate presented by the appliance">
          <p className="font-mono text-xs break-all" data-testid="presented-fingerprint">
            {result.data.fingerprint256}
          </p>
          <p className="mt-1 text-xs">
            Subject {result.data.subject}
            {result.data.selfSigned ? " (self-signed)" : `, issued by ${result.data.issuer}`}; valid
            until {result.data.validTo.toISOString().slice(0, 10)}.
          </p>
          <p className="mt-1 text-xs">
            Compare it with the appliance console (Traffic Management › SSL › Certificates) before
            trusting it.
          </p>
          <Button
            type="button"
            variant="secondary"
            className="mt-2"
            onClick={() => onTrust(result.data.fingerprint256)}
          >
            Trust this fingerprint
          </Button>
        </Alert>
      ) : null}
    </div>
  );
}
