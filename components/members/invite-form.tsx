"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action-result";
import type { InvitationLinkResult } from "@/lib/members/invite-member";
import { invitedRoles } from "@/lib/members/invited-roles";
import { OneTimeLink } from "./one-time-link";
import { RoleOptions } from "./role-select";

export function InviteForm({
  invite,
  mailConfigured,
}: {
  invite: (input: FormData) => Promise<ActionResult<InvitationLinkResult>>;
  mailConfigured: boolean;
}) {
  const router = useRouter();
  const [created, setCreated] = useState<InvitationLinkResult | null>(null);
  const { onSubmit, pending, fieldErrors, formError, result } = useActionForm(invite, {
    onSuccess: (data, form) => {
      setCreated(data);
      form.reset();
      router.refresh();
    },
  });
  return (
    <div className="space-y-5">
      <form onSubmit={onSubmit} className="space-y-4" noValidate aria-labelledby="invite-title">
        <div>
          <h2 id="invite-title" className="text-base font-semibold">
            Invite a colleague
          </h2>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            {mailConfigured
              ? "They get an email with a link to join; you also see the link here to share it yourself."
              : "You get a link to send them yourself (no mail server is set up)."}
          </p>
        </div>
        {formError && !(result && !result.ok && result.fieldErrors) ? (
          <Alert tone="error">{formError}</Alert>
        ) : null}
        <div className="grid gap-4 sm:grid-cols-[1fr_12rem]">
          <Field
            name="email"
            label="Email"
            type="email"
            autoComplete="off"
            required
            placeholder="colleague@example.com"
            errors={fieldErrors.email}
          />
          <SelectField
            name="role"
            label="Invite as"
            defaultValue="editor"
            errors={fieldErrors.role}
          >
            <RoleOptions choices={invitedRoles} />
          </SelectField>
        </div>
        <p className="text-xs text-slate-600 dark:text-slate-400">
          Editors change topologies and appliances and apply them; viewers only look. Owners are
          made on this page once someone has joined.
        </p>
        <Button type="submit" pending={pending}>
          Create invitation
        </Button>
      </form>
      {created ? (
        <OneTimeLink
          key={created.id}
          email={created.email}
          link={created.link}
          expiresAt={created.expiresAt}
          emailOutcome={created.emailOutcome}
        />
      ) : null}
    </div>
  );
}
