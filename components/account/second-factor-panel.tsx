"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { PasswordField } from "@/components/auth/password-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { ActionResult, FieldErrors } from "@/lib/action-result";

export interface SecondFactorActions {
  start: (input: FormData) => Promise<ActionResult<TotpEnrolmentView>>;
  confirm: (input: FormData) => Promise<ActionResult<{ enabled: boolean }>>;
  disable: (input: FormData) => Promise<ActionResult<{ enabled: boolean }>>;
}

export interface TotpEnrolmentView {
  uri: string;
  secret: string;
  backupCodes: string[];
}

/**
 * The second factor of one's own account: set up (password, then the secret and backup codes
 * shown once, then a code to confirm) or, when on, turned off with the password.
 */
export function SecondFactorPanel({
  enabled,
  required,
  actions,
}: {
  enabled: boolean;
  required: boolean;
  actions: SecondFactorActions;
}) {
  return (
    <section aria-labelledby="second-factor-title" className="space-y-4">
      <h2 id="second-factor-title" className="text-base font-semibold">
        Second factor
      </h2>
      {enabled ? (
        <EnabledFactor required={required} disable={actions.disable} />
      ) : (
        <Enrolment start={actions.start} confirm={actions.confirm} />
      )}
    </section>
  );
}

function EnabledFactor({
  required,
  disable,
}: {
  required: boolean;
  disable: SecondFactorActions["disable"];
}) {
  const router = useRouter();
  const form = useActionForm(disable, { onSuccess: () => router.refresh() });
  return (
    <>
      <p className="text-sm" data-testid="second-factor-on">
        <span className="rounded bg-emerald-100 px-2 py-0.5 font-medium text-emerald-800 dark:bg-emerald-900 dark:text-emerald-200">
          On
        </span>{" "}
        Signing in asks for a code from your authenticator app (or a backup code).
      </p>
      {required ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          This workspace requires a second factor, so it cannot be turned off.
        </p>
      ) : (
        <form onSubmit={form.onSubmit} className="flex flex-wrap items-start gap-3" noValidate>
          {form.bannerError ? <Alert tone="error">{form.bannerError}</Alert> : null}
          <PasswordAndSubmit form={form} submitLabel="Turn off second factor" />
        </form>
      )}
    </>
  );
}

/** Both changes to the second factor start with the account's password, beside the button. */
function PasswordAndSubmit({
  form,
  submitLabel,
}: {
  form: { pending: boolean; fieldErrors: FieldErrors };
  submitLabel: string;
}) {
  return (
    <>
      <PasswordField
        purpose="current"
        errors={form.fieldErrors.password}
        className="min-w-64 flex-1"
      />
      <Button type="submit" variant="secondary" pending={form.pending} className="sm:mt-6">
        {submitLabel}
      </Button>
    </>
  );
}

function Enrolment({
  start,
  confirm,
}: {
  start: SecondFactorActions["start"];
  confirm: SecondFactorActions["confirm"];
}) {
  const router = useRouter();
  const [enrolment, setEnrolment] = useState<TotpEnrolmentView | null>(null);
  const startForm = useActionForm(start, { onSuccess: (data) => setEnrolment(data) });
  const confirmForm = useActionForm(confirm, { onSuccess: () => router.refresh() });
  if (!enrolment) {
    return (
      <form onSubmit={startForm.onSubmit} className="space-y-3" noValidate>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Off. Use an authenticator app (such as one on your phone) so that a stolen password alone
          cannot open your account. Enter your password to start.
        </p>
        {startForm.bannerError ? <Alert tone="error">{startForm.bannerError}</Alert> : null}
        <div className="flex flex-wrap items-start gap-3">
          <PasswordAndSubmit form={startForm} submitLabel="Set up second factor" />
        </div>
      </form>
    );
  }
  return (
    <div className="space-y-4">
      <ol className="list-decimal space-y-3 pl-5 text-sm">
        <li>
          Add this account to your authenticator app: open the link on your phone, or paste it, or
          type the secret.
          <code
            data-testid="totp-uri"
            className="mt-1 block rounded bg-slate-100 p-2 text-xs break-all dark:bg-slate-800"
          >
            {enrolment.uri}
          </code>
          <span className="mt-1 block">
            Secret:{" "}
            <code data-testid="totp-secret" className="font-mono">
              {enrolment.secret}
            </code>
          </span>
        </li>
        <li>
          Keep these backup codes somewhere safe. Each opens your account once if you lose the app;
          they are shown only now.
          <ul
            data-testid="backup-codes"
            className="mt-1 grid grid-cols-2 gap-1 font-mono text-xs sm:grid-cols-5"
          >
            {enrolment.backupCodes.map((code) => (
              <li key={code}>{code}</li>
            ))}
          </ul>
        </li>
        <li>Enter the code the app shows to turn the second factor on.</li>
      </ol>
      <form onSubmit={confirmForm.onSubmit} className="space-y-3" noValidate>
        {confirmForm.bannerError ? <Alert tone="error">{confirmForm.bannerError}</Alert> : null}
        <div className="flex flex-wrap items-start gap-3">
          <Field
            name="code"
            label="Code from the app"
            autoComplete="one-time-code"
            inputMode="numeric"
            required
            errors={confirmForm.fieldErrors.code}
            className="min-w-48 flex-1"
          />
          <Button type="submit" pending={confirmForm.pending} className="sm:mt-6">
            Turn on
          </Button>
        </div>
      </form>
    </div>
  );
}
