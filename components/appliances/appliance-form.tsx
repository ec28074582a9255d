"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { ConnectionTestResultView } from "@/components/appliances/connection-test-result";
import { FingerprintFetcher } from "@/components/appliances/fingerprint-fetcher";
import { TlsFields } from "@/components/appliances/tls-fields";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action-result";
import type { TlsModeInput } from "@/lib/appliances/tls-modes";
import type { ConnectionTestResult, PeerCertificate } from "@/lib/nitro";

export interface ApplianceFormValues {
  id?: string;
  name: string;
  baseUrl: string;
  username: string;
  tlsMode: TlsModeInput;
  fingerprint256: string;
  caPem?: string;
  partition: string;
}

interface Props {
  initial: ApplianceFormValues;
  /** `notice`: saved, but the NetScaler is registered elsewhere too (shown before leaving). */
  save: (input: FormData) => Promise<ActionResult<{ id: string; notice?: string }>>;
  testInput: (input: FormData) => Promise<ActionResult<ConnectionTestResult>>;
  fetchFingerprint: (input: { baseUrl: string }) => Promise<ActionResult<PeerCertificate>>;
}

export function ApplianceForm({ initial, save, testInput, fetchFingerprint }: Props) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [tlsMode, setTlsMode] = useState<TlsModeInput>(initial.tlsMode);
  const [fingerprint, setFingerprint] = useState(initial.fingerprint256);
  const [baseUrl, setBaseUrl] = useState(initial.baseUrl);
  const [test, setTest] = useState<ActionResult<ConnectionTestResult> | null>(null);
  const [testing, startTest] = useTransition();
  const [savedNotice, setSavedNotice] = useState<string | null>(null);
  const {
    onSubmit,
    pending,
    fieldErrors: saveErrors,
    formError,
    result,
  } = useActionForm(save, {
    onSuccess: (saved) => {
      // Saved either way; a notice (the NetScaler is registered elsewhere too) is read here
      // before moving on, not lost in the navigation.
      if (saved.notice) setSavedNotice(saved.notice);
      else router.push("/appliances");
      router.refresh();
    },
  });
  // Field errors from whichever was pressed last: Test connection or Save.
  const fieldErrors = test && !test.ok && test.fieldErrors ? test.fieldErrors : saveErrors;
  const editing = Boolean(initial.id);

  const runTest = () => {
    if (!formRef.current) return;
    const data = new FormData(formRef.current);
    startTest(async () => setTest(await testInput(data)));
  };

  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-5" noValidate>
      {formError && !(result && !result.ok && result.fieldErrors) ? (
        <Alert tone="error">{formError}</Alert>
      ) : null}
      {savedNotice ? (
        <Alert tone="warning" title="Saved">
          {savedNotice}{" "}
          <Link href="/appliances" className="font-medium underline">
            Back to the appliances
          </Link>
        </Alert>
      ) : null}
      {initial.id ? <input type="hidden" name="id" value={initial.id} /> : null}
      <Field
        name="name"
        label="Name"
        defaultValue={initial.name}
        required
        errors={fieldErrors.name}
        placeholder="e.g. adc-dc1"
      />
      <Field
        name="baseUrl"
        label="Management address"
        value={baseUrl}
        onChange={(event) => setBaseUrl(event.target.value)}
        required
        errors={fieldErrors.baseUrl}
        placeholder="https://10.0.0.10"
        hint="The NSIP (or a SNIP with management access) of the appliance; for an HA pair, the address that follows the primary."
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          name="username"
          label="User"
          defaultValue={initial.username}
          required
          autoComplete="off"
          errors={fieldErrors.username}
        />
        <Field
          name="password"
          label="Password"
          type="password"
          autoComplete="new-password"
          errors={fieldErrors.password}
          hint={
            editing
              ? "Leave blank to keep the stored password; enter it again when you change the address, user, partition or certificate trust. It is never shown again."
              : "Stored encrypted; never shown again."
          }
        />
      </div>
      <Field
        name="partition"
        label="Admin partition (optional)"
        defaultValue={initial.partition}
        errors={fieldErrors.partition}
        hint="Leave blank for the default partition."
      />
      <TlsFields
        mode={tlsMode}
        onModeChange={setTlsMode}
        fingerprint={fingerprint}
        onFingerprintChange={setFingerprint}
        defaultCaPem={initial.caPem}
        fieldErrors={fieldErrors}
        fetcher={
          <FingerprintFetcher
            baseUrl={baseUrl}
            fetchFingerprint={fetchFingerprint}
            onTrust={setFingerprint}
          />
        }
      />
      <div aria-live="polite">
        {test?.ok ? <ConnectionTestResultView result={test.data} /> : null}
        {test && !test.ok && !test.fieldErrors ? <Alert tone="error">{test.error}</Alert> : null}
      </div>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" pending={pending} disabled={savedNotice !== null}>
          {editing ? "Save changes" : "Add appliance"}
        </Button>
        <Button type="button" variant="secondary" pending={testing} onClick={runTest}>
          Test connection
        </Button>
      </div>
    </form>
  );
}
