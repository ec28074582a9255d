"use client";

import { PasswordField } from "@/components/auth/password-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { setupAction } from "./actions";

export function SetupForm() {
  const { onSubmit, pending, fieldErrors, formError } = useActionForm(setupAction);
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Field name="name" label="Your name" autoComplete="name" required errors={fieldErrors.name} />
      <Field
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        required
        errors={fieldErrors.email}
      />
      <PasswordField purpose="new" errors={fieldErrors.password} />
      <Field
        name="workspaceName"
        label="Workspace name"
        required
        placeholder="e.g. Datacenter team"
        hint="Topologies and appliances belong to a workspace; you can invite colleagues to it later."
        errors={fieldErrors.workspaceName}
      />
      <Button type="submit" pending={pending} className="w-full">
        Create owner account
      </Button>
    </form>
  );
}
