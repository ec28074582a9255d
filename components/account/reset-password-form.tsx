"use client";

import { NewPasswordFields } from "@/components/auth/new-password-fields";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-result";

export function ResetPasswordForm({
  token,
  reset,
}: {
  token: string;
  reset: (input: FormData) => Promise<ActionResult<never>>;
}) {
  const { onSubmit, pending, fieldErrors, bannerError } = useActionForm(reset);
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate aria-label="Set a new password">
      {bannerError ? <Alert tone="error">{bannerError}</Alert> : null}
      <input type="hidden" name="token" value={token} />
      <NewPasswordFields fieldErrors={fieldErrors} />
      <Button type="submit" pending={pending} className="w-full">
        Set password
      </Button>
    </form>
  );
}
