"use client";

import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field";

/** A read-only link with a copy button; selecting the text is the fallback without a clipboard. */
export function CopyLinkField({
  link,
  label,
  hideLabel = false,
}: {
  link: string;
  label: string;
  /** When the surrounding text already says what the link is. */
  hideLabel?: boolean;
}) {
  const inputId = useId();
  const [copied, setCopied] = useState<"yes" | "no" | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied("yes");
    } catch {
      // Plain http on a LAN address has no clipboard API: the owner copies by hand.
      setCopied("no");
    }
  };
  return (
    <div className="space-y-1">
      <label htmlFor={inputId} className={hideLabel ? "sr-only" : "block text-sm font-medium"}>
        {label}
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          id={inputId}
          readOnly
          value={link}
          onFocus={(event) => event.currentTarget.select()}
          className={`${inputClasses} min-w-0 flex-1 font-mono text-xs`}
        />
        <Button type="button" variant="secondary" onClick={copy}>
          Copy link
        </Button>
      </div>
      <p aria-live="polite" className="text-xs text-slate-600 dark:text-slate-400">
        {copied === "yes" ? "Copied to the clipboard." : null}
        {copied === "no" ? "Copying is blocked here: select the link and copy it by hand." : null}
      </p>
    </div>
  );
}
