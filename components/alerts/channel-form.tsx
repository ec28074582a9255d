"use client";

import { useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { CHANNEL_KIND_LABELS, CHANNEL_KINDS, type ChannelKind } from "@/lib/alerts/kinds";
import type { ChannelView } from "@/lib/alerts/store/channels";
import type { AlertsAction } from "./types";

/** New channel, or an edit: the stored URL and key are never shown, only "saved — replace?". */
export function ChannelForm({
  channel,
  save,
}: {
  channel?: ChannelView;
  save: AlertsAction<{ id: string }>;
}) {
  const prefix = `channel-${channel?.id ?? "new"}`;
  const [kind, setKind] = useState<ChannelKind>(channel?.kind ?? "webhook");
  const [saved, setSaved] = useState(false);
  const { onSubmit, pending, fieldErrors, bannerError } = useActionForm(save, {
    onSuccess: (_data, form) => {
      setSaved(true);
      if (!channel) form.reset();
      else
        for (const secret of ["url", "hmacKey"]) {
          const input = form.elements.namedItem(secret);
          if (input instanceof HTMLInputElement) input.value = "";
        }
    },
  });
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="space-y-4"
      aria-label={channel ? `Edit channel ${channel.name}` : "New channel"}
    >
      {bannerError ? <Alert tone="error">{bannerError}</Alert> : null}
      {saved ? <Alert tone="success">Saved.</Alert> : null}
      {channel ? <input type="hidden" name="id" value={channel.id} /> : null}
      <div className="grid gap-4 md:grid-cols-2">
        <Field
          id={`${prefix}-name`}
          name="name"
          label="Name"
          defaultValue={channel?.name}
          errors={fieldErrors.name}
        />
        {channel ? (
          <input type="hidden" name="kind" value={channel.kind} />
        ) : (
          <SelectField
            id={`${prefix}-kind`}
            name="kind"
            label="Type"
            value={kind}
            onChange={(e) => setKind(e.target.value as ChannelKind)}
            errors={fieldErrors.kind}
          >
            {CHANNEL_KINDS.map((k) => (
              <option key={k} value={k}>
                {CHANNEL_KIND_LABELS[k]}
              </option>
            ))}
          </SelectField>
        )}
        {kind === "email" ? (
          <Field
            id={`${prefix}-email`}
            name="emailTo"
            label="Recipients"
            hint="Comma-separated; sent through SMTP_URL."
            defaultValue={channel?.emailTo ?? ""}
            errors={fieldErrors.emailTo}
          />
        ) : (
          <Field
            id={`${prefix}-url`}
            name="url"
            label="Webhook URL"
            type="password"
            autoComplete="off"
            placeholder={channel?.hasUrl ? "Saved — type a new URL to replace it" : "https://…"}
            hint={
              channel?.hasUrl
                ? "Saved — replace? Leave empty to keep the stored URL."
                : "Stored encrypted; never shown again."
            }
            errors={fieldErrors.url}
          />
        )}
        {kind === "webhook" ? (
          <Field
            id={`${prefix}-hmac`}
            name="hmacKey"
            label="HMAC key (optional)"
            type="password"
            autoComplete="off"
            placeholder={
              channel?.hasHmacKey ? "Saved — type a new key to replace it" : "16 characters or more"
            }
            hint="Signs each request: X-Alert-Signature: sha256=HMAC(key, timestamp + '.' + body), with X-Alert-Timestamp."
            errors={fieldErrors.hmacKey}
          />
        ) : null}
      </div>
      {channel?.hasHmacKey ? (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="clearHmacKey" />
          Remove the stored HMAC key
        </label>
      ) : null}
      <Button type="submit" pending={pending}>
        {channel ? "Save channel" : "Add channel"}
      </Button>
    </form>
  );
}
