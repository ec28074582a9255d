"use client";

import { Button } from "@/components/ui/button";
import { CopyLinkField } from "@/components/ui/copy-link-field";
import { formatDateTime } from "@/lib/format";

/** The link just created, shown once: only its hash is stored, so it cannot be shown again. */
export function NewShareLink({
  url,
  expiresAt,
  onDone,
}: {
  url: string;
  expiresAt: string | null;
  onDone: () => void;
}) {
  return (
    <div
      role="status"
      className="space-y-3 rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 text-sm text-emerald-950 dark:border-emerald-800 dark:bg-emerald-950/60 dark:text-emerald-50"
      data-testid="new-share-link"
    >
      <p className="font-semibold">Link created. Copy it now: it is shown only once.</p>
      <CopyLinkField link={url} label="New read-only link" hideLabel />
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-xs">
          {expiresAt
            ? `It works until ${formatDateTime(new Date(expiresAt))}, or until you revoke it.`
            : "It works until you revoke it."}
        </p>
        <Button type="button" variant="secondary" onClick={onDone}>
          Done
        </Button>
      </div>
    </div>
  );
}
