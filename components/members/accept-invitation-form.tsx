"use client";

import type { ReactNode } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { ActionResult, FieldErrors } from "@/lib/action-result";

export interface AcceptFormProps {
  token: string;
  email: string;
  accept: (input: FormData) => Promise<ActionResult<never>>;
}

/**
 * What both ways of accepting an invitation share: the link's token goes back with every
 * submit, and the email is the invited one, shown but not editable. `fields` adds the inputs
 * between the email and the submit button.
 */
export function AcceptInvitationForm({
  token,
  email,
  accept,
  emailHint,
  submitLabel,
  fields,
}: AcceptFormProps & {
  emailHint?: string;
  submitLabel: string;
  fields: (fieldErrors: FieldErrors) => ReactNode;
}) {
  const { onSubmit, pending, fieldErrors, bannerError } = useActionForm(accept);
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {bannerError ? <Alert tone="error">{bannerError}</Alert> : null}
      <input type="hidden" name="token" value={token} />
      <Field
        name="email"
        label="Email"
        type="email"
        autoComplete="username"
        value={email}
        readOnly
        hint={emailHint}
      />
      {fields(fieldErrors)}
      {fieldErrors.token ? <Alert tone="error">{fieldErrors.token.join(" ")}</Alert> : null}
      <Button type="submit" pending={pending} className="w-full">
        {submitLabel}
      </Button>
    </form>
  );
}
