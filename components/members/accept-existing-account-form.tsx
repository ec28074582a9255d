"use client";

import { PasswordField } from "@/components/auth/password-field";
import {
  AcceptInvitationForm,
  type AcceptFormProps,
} from "@/components/members/accept-invitation-form";

/** Joining with the account that already uses the invited address: its password proves it. */
export function AcceptExistingAccountForm(props: AcceptFormProps) {
  return (
    <AcceptInvitationForm
      {...props}
      submitLabel="Sign in and join"
      fields={(fieldErrors) => <PasswordField purpose="current" errors={fieldErrors.password} />}
    />
  );
}
