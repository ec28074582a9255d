"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action-result";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-length";

export function ChangePasswordForm({
  change,
}: {
  change: (input: FormData) => Promise<ActionResult<{ sessionsRevoked: number }>>;
}) {
  const { onSubmit, pending, fieldErrors, formError, result } = useActionForm(change, {
    onSuccess: (_data, form) => form.reset(),
  });
  const showBanner = formError && !(result && !result.ok && result.fieldErrors);
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate aria-label="Change your password">
      <h2 className="text-base font-semibold">Password</h2>
      {showBanner ? <Alert tone="error">{formError}</Alert> : null}
      <Field
        name="currentPassword"
        label="Current password"
        type="password"
        autoComplete="current-password"
        required
        errors={fieldErrors.currentPassword}
      />
      <Field
        name="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
        errors={fieldErrors.newPassword}
      />
      <Field
        name="confirmPassword"
        label="Repeat the new password"
        type="password"
        autoComplete="new-password"
        required
        errors={fieldErrors.confirmPassword}
      />
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
