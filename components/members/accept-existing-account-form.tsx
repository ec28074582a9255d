"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action-result";

/** Joining with the account that already uses the invited address: its password proves it. */
export function AcceptExistingAccountForm({
  token,
  email,
  accept,
}: {
  token: string;
  email: string;
  accept: (input: FormData) => Promise<ActionResult<never>>;
}) {
  const { onSubmit, pending, fieldErrors, formError, result } = useActionForm(accept);
  const showBanner = formError && !(result && !result.ok && result.fieldErrors);
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {showBanner ? <Alert tone="error">{formError}</Alert> : null}
      <input type="hidden" name="token" value={token} />
      <Field
        name="email"
        label="Email"
        type="email"
        autoComplete="username"
        value={email}
        readOnly
      />
      <Field
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        errors={fieldErrors.password}
      />
      {fieldErrors.token ? <Alert tone="error">{fieldErrors.token.join(" ")}</Alert> : null}
      <Button type="submit" pending={pending} className="w-full">
        Sign in and join
      </Button>
    </form>
  );
}
