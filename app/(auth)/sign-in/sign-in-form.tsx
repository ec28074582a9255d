"use client";

import { PasswordField } from "@/components/auth/password-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { signInAction } from "./actions";

export function SignInForm({ next }: { next?: string }) {
  const { onSubmit, pending, fieldErrors, bannerError } = useActionForm(signInAction);
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {bannerError ? <Alert tone="error">{bannerError}</Alert> : null}
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <Field
        name="email"
        label="Email"
        type="email"
        autoComplete="username"
        required
        errors={fieldErrors.email}
      />
      <PasswordField purpose="current" errors={fieldErrors.password} />
      <Button type="submit" pending={pending} className="w-full">
        Sign in
      </Button>
    </form>
  );
}
