"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import type { RuleView } from "@/lib/alerts/store/rules";
import type { AlertsAction } from "./types";

export function SilenceForm({
  topologies,
  rules,
  save,
}: {
  topologies: Array<{ id: string; name: string }>;
  rules: RuleView[];
  save: AlertsAction<{ id: string; endsAt: string }>;
}) {
  const { onSubmit, pending, fieldErrors, bannerError } = useActionForm(save, {
    onSuccess: (_data, form) => form.reset(),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="New silence">
      {bannerError ? <Alert tone="error">{bannerError}</Alert> : null}
      <div className="grid gap-4 md:grid-cols-2">
        <SelectField
          id="silence-topology"
          name="topologyId"
          label="Topology"
          defaultValue=""
          errors={fieldErrors.topologyId}
        >
          <option value="">Every topology</option>
          {topologies.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="silence-rule"
          name="ruleId"
          label="Rule"
          defaultValue=""
          errors={fieldErrors.ruleId}
        >
          <option value="">Every rule</option>
          {rules.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </SelectField>
        <Field
          id="silence-object"
          name="objectKey"
          label="Object (optional)"
          hint={
            <span className="break-all">
              {
                "A status key, e.g. servicegroup_servicegroupmember_binding/sg/server/8443; empty = every object."
              }
            </span>
          }
          errors={fieldErrors.objectKey}
        />
        <Field
          id="silence-duration"
          name="durationMinutes"
          label="For (minutes)"
          inputMode="numeric"
          defaultValue="60"
          errors={fieldErrors.durationMinutes}
        />
        <Field
          id="silence-reason"
          name="reason"
          label="Why"
          className="md:col-span-2"
          errors={fieldErrors.reason}
        />
      </div>
      <Button type="submit" pending={pending}>
        Add silence
      </Button>
    </form>
  );
}
