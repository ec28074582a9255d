"use client";

import { PasswordField } from "@/components/auth/password-field";
import {
  AcceptInvitationForm,
  type AcceptFormProps,
} from "@/components/members/accept-invitation-form";
import { Field } from "@/components/ui/field";
import type { FieldErrors } from "@/lib/action-result";

const newAccountFields = (fieldErrors: FieldErrors) => (
  <>
    <Field name="name" label="Your name" autoComplete="name" required errors={fieldErrors.name} />
    <PasswordField purpose="new" errors={fieldErrors.password} />
  </>
);

/** Joining with a new account: the email is the invited one and cannot be changed. */
export function AcceptNewAccountForm(props: AcceptFormProps) {
  return (
    <AcceptInvitationForm
      {...props}
      emailHint="The address this invitation was sent to."
      submitLabel="Create account and join"
      fields={newAccountFields}
    />
  );
}
