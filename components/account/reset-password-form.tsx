"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action-result";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-length";

export function ResetPasswordForm({
  token,
  reset,
}: {
  token: string;
  reset: (input: FormData) => Promise<ActionResult<never>>;
}) {
  const { onSubmit, pending, fieldErrors, formError, result } = useActionForm(reset);
  const showBanner = formError && !(result && !result.ok && result.fieldErrors);
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate aria-label="Set a new password">
      {showBanner ? <Alert tone="error">{formError}</Alert> : null}
      <input type="hidden" name="token" value={token} />
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
      <Button type="submit" pending={pending} className="w-full">
        Set password
      </Button>
    </form>
  );
}
