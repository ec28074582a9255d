"use client";

import { Alert } from "@/components/ui/alert";
import { inputClasses } from "@/components/ui/field";
import { tlsModeLabels, tlsModes, type TlsModeInput } from "@/lib/appliances/tls-modes";
import type { FieldErrors } from "@/lib/action-result";
import type { ReactNode } from "react";

export function TlsFields({
  mode,
  onModeChange,
  fingerprint,
  onFingerprintChange,
  defaultCaPem,
  fieldErrors,
  fetcher,
}: {
  mode: TlsModeInput;
  onModeChange: (mode: TlsModeInput) => void;
  fingerprint: string;
  onFingerprintChange: (value: string) => void;
  defaultCaPem?: string;
  fieldErrors: FieldErrors;
  fetcher: ReactNode;
}) {
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-medium">Certificate trust</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {tlsModes.map((value) => (
          <label key={value} className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="tlsMode"
              value={value}
              checked={mode === value}
              onChange={() => onModeChange(value)}
            />
            {tlsModeLabels[value]}
          </label>
        ))}
      </div>
      {fieldErrors.tlsMode ? (
        <p className="text-sm text-red-700 dark:text-red-400" data-testid="error-tlsMode">
          {fieldErrors.tlsMode.join(" ")}
        </p>
      ) : null}
      {mode === "CUSTOM_CA" ? (
        <div className="space-y-1">
          <label htmlFor="field-caPem" className="block text-sm font-medium">
            CA certificate (PEM)
          </label>
          <textarea
            id="field-caPem"
            name="caPem"
            rows={6}
            defaultValue={defaultCaPem}
            aria-invalid={fieldErrors.caPem ? true : undefined}
            className={`${inputClasses} font-mono text-xs`}
            placeholder="-----BEGIN CERTIFICATE-----"
          />
          {fieldErrors.caPem ? (
            <p className="text-sm text-red-700 dark:text-red-400" data-testid="error-caPem">
              {fieldErrors.caPem.join(" ")}
            </p>
          ) : null}
        </div>
      ) : null}
      {mode === "FINGERPRINT" ? (
        <div className="space-y-2">
          <label htmlFor="field-fingerprint256" className="block text-sm font-medium">
            SHA-256 fingerprint
          </label>
          <input
            id="field-fingerprint256"
            name="fingerprint256"
            value={fingerprint}
            onChange={(event) => onFingerprintChange(event.target.value)}
            aria-invalid={fieldErrors.fingerprint256 ? true : undefined}
            className={`${inputClasses} font-mono text-xs`}
            placeholder="AB:CD:EF:…"
          />
          {fieldErrors.fingerprint256 ? (
            <p
              className="text-sm text-red-700 dark:text-red-400"
              data-testid="error-fingerprint256"
            >
              {fieldErrors.fingerprint256.join(" ")}
            </p>
          ) : null}
          {fetcher}
        </div>
      ) : null}
      {mode === "INSECURE" ? (
        <Alert tone="warning">
          Without verification anyone between this server and the appliance can read the
          administrator password. Use it only in a lab; pin the fingerprint instead.
        </Alert>
      ) : null}
    </fieldset>
  );
}
