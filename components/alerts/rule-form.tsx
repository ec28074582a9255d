"use client";

import { useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { RULE_KIND_INFO, RULE_KINDS, type RuleKind } from "@/lib/alerts/kinds";
import type { ChannelView } from "@/lib/alerts/store/channels";
import type { RuleView } from "@/lib/alerts/store/rules";
import type { AlertsAction } from "./types";

export function RuleForm({
  rule,
  channels,
  topologies,
  save,
  onSaved,
}: {
  rule?: RuleView;
  channels: ChannelView[];
  topologies: Array<{ id: string; name: string }>;
  save: AlertsAction<{ id: string }>;
  onSaved?: () => void;
}) {
  const prefix = `rule-${rule?.id ?? "new"}`;
  const [kind, setKind] = useState<RuleKind>(rule?.kind ?? "member_down");
  const threshold = RULE_KIND_INFO[kind].threshold;
  // Checkboxes share one name; FormData keeps every ticked one.
  const submit = (data: FormData) =>
    save({ ...Object.fromEntries(data.entries()), channelIds: data.getAll("channelIds") });
  const { onSubmit, pending, fieldErrors, bannerError } = useActionForm(submit, {
    onSuccess: (_saved, form) => {
      if (!rule) form.reset();
      onSaved?.();
    },
  });
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="space-y-4"
      aria-label={rule ? `Edit rule ${rule.name}` : "New rule"}
    >
      {bannerError ? <Alert tone="error">{bannerError}</Alert> : null}
      {rule ? <input type="hidden" name="id" value={rule.id} /> : null}
      <div className="grid gap-4 md:grid-cols-2">
        <Field
          id={`${prefix}-name`}
          name="name"
          label="Name"
          defaultValue={rule?.name}
          errors={fieldErrors.name}
        />
        <SelectField
          id={`${prefix}-kind`}
          name="kind"
          label="Fires when"
          value={kind}
          onChange={(e) => setKind(e.target.value as RuleKind)}
          errors={fieldErrors.kind}
        >
          {RULE_KINDS.map((k) => (
            <option key={k} value={k}>
              {RULE_KIND_INFO[k].label}
            </option>
          ))}
        </SelectField>
        {threshold ? (
          <Field
            id={`${prefix}-threshold`}
            name="threshold"
            label={`${threshold.label} (${threshold.unit})`}
            inputMode="numeric"
            defaultValue={String(rule?.threshold ?? threshold.default)}
            errors={fieldErrors.threshold}
          />
        ) : null}
        <Field
          id={`${prefix}-hold`}
          name="holdSeconds"
          label="Hold time (seconds)"
          hint="How long the condition must last before the alert fires; 0 fires at once."
          inputMode="numeric"
          defaultValue={String(rule?.holdSeconds ?? 0)}
          errors={fieldErrors.holdSeconds}
        />
        <SelectField
          id={`${prefix}-topology`}
          name="topologyId"
          label="Scope"
          defaultValue={rule?.topologyId ?? ""}
          errors={fieldErrors.topologyId}
        >
          <option value="">Every topology of the workspace</option>
          {topologies.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </SelectField>
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Send to</legend>
        {channels.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Add a channel below first; a rule without channels only shows under Firing now.
          </p>
        ) : (
          <div className="flex flex-wrap gap-x-5 gap-y-2">
            {channels.map((c) => (
              <label key={c.id} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  name="channelIds"
                  value={c.id}
                  defaultChecked={rule?.channelIds.includes(c.id)}
                />
                {c.name}
              </label>
            ))}
          </div>
        )}
        {fieldErrors.channelIds ? (
          <p className="text-sm text-red-700 dark:text-red-400" data-testid="error-channelIds">
            {fieldErrors.channelIds.join(" ")}
          </p>
        ) : null}
      </fieldset>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="enabled" defaultChecked={rule?.enabled ?? true} />
        Enabled
      </label>
      <Button type="submit" pending={pending}>
        {rule ? "Save rule" : "Add rule"}
      </Button>
    </form>
  );
}
