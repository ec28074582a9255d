"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action-result";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-length";

/** Joining with a new account: the email is the invited one and cannot be changed. */
export function AcceptNewAccountForm({
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
        hint="The address this invitation was sent to."
      />
      <Field name="name" label="Your name" autoComplete="name" required errors={fieldErrors.name} />
      <Field
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
        errors={fieldErrors.password}
      />
      {fieldErrors.token ? <Alert tone="error">{fieldErrors.token.join(" ")}</Alert> : null}
      <Button type="submit" pending={pending} className="w-full">
        Create account and join
      </Button>
    </form>
  );
}
