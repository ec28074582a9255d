"use client";

import { NewPasswordFields } from "@/components/auth/new-password-fields";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action-result";

export function ChangePasswordForm({
  change,
}: {
  change: (input: FormData) => Promise<ActionResult<{ sessionsRevoked: number }>>;
}) {
  const { onSubmit, pending, fieldErrors, bannerError, result } = useActionForm(change, {
    onSuccess: (_data, form) => form.reset(),
  });
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate aria-label="Change your password">
      <h2 className="text-base font-semibold">Password</h2>
      {bannerError ? <Alert tone="error">{bannerError}</Alert> : null}
      <Field
        name="currentPassword"
        label="Current password"
        type="password"
        autoComplete="current-password"
        required
        errors={fieldErrors.currentPassword}
      />
      <NewPasswordFields fieldErrors={fieldErrors} />
      <Button type="submit" variant="secondary" pending={pending}>
        Change password
      </Button>
      {result?.ok ? (
        <p role="status" className="text-sm text-emerald-700 dark:text-emerald-400">
          Password changed.{" "}
          {result.data.sessionsRevoked > 0
            ? `Signed out ${result.data.sessionsRevoked} other session${result.data.sessionsRevoked === 1 ? "" : "s"}.`
            : "No other session was open."}
        </p>
      ) : null}
    </form>
  );
}
