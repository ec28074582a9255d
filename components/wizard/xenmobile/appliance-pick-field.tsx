"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { inputClasses } from "@/components/ui/field";
import { FieldMessages } from "../fields/field-messages";
import { useField } from "../fields/use-field";
import { stepHref, useWizard } from "../wizard-context";
import { useApplianceLists, type ApplianceListState } from "./use-appliance-lists";

export interface PickOption {
  value: string;
  label: string;
}

/**
 * A name of something that must already exist on the NetScaler (a certificate, a Gateway
 * vserver): picked from what the chosen appliance has, or typed when there is no list to pick
 * from (no appliance chosen, or it could not be read). The input keeps one id either way, so
 * messages and links to it never move.
 */
export function AppliancePickField({
  path,
  label,
  what,
  hint,
  applianceName,
  options,
  onPick,
  className,
}: {
  path: string;
  label: string;
  /** Plural noun for the notes: "certificate-key pairs", "Gateway vservers". */
  what: string;
  hint: ReactNode;
  applianceName: string | null;
  /** What to offer, from the appliance's lists. */
  options: (lists: Extract<ApplianceListState, { status: "ok" }>) => PickOption[];
  /** Replaces the plain write (e.g. a Gateway also fills in its VIP). */
  onPick?: (value: string) => void;
  className?: string;
}) {
  const { topologyId, readOnly } = useWizard();
  const lists = useApplianceLists();
  const field = useField(path, true);
  const value = typeof field.value === "string" ? field.value : "";
  const set = (next: string) => (onPick ? onPick(next) : field.set(next));
  const name = applianceName ?? "the chosen appliance";
  const offered = lists.status === "ok" ? options(lists) : [];
  const picking = lists.status === "ok" && offered.length > 0;

  let note: ReactNode = null;
  if (lists.status === "none" && readOnly) {
    note = <>No appliance is chosen yet.</>;
  } else if (lists.status === "none") {
    note = (
      <>
        No appliance is chosen, so type the name exactly as it is on the NetScaler.{" "}
        <Link
          href={`${stepHref(topologyId, "prerequisites")}#wizard-appliance`}
          className="text-sky-800 underline dark:text-sky-300"
        >
          Choose the appliance
        </Link>{" "}
        on Prerequisites to pick from its {what} instead.
      </>
    );
  } else if (lists.status === "unavailable") {
    note = (
      <>
        Could not read {name} ({lists.message.replace(/\.$/, "")}), so type the name exactly as it
        is on the NetScaler; it is checked once the appliance answers.
      </>
    );
  } else if (lists.status === "ok" && offered.length === 0) {
    note = (
      <>
        {name} has no {what} yet: create one there, then read it again, or type its name.
      </>
    );
  } else if (lists.status === "ok") {
    note = <>Read from {name}.</>;
  }

  return (
    <div className={cn("space-y-1", className)}>
      <label htmlFor={field.id} className="block text-sm font-medium">
        {label}
      </label>
      <div className="flex flex-wrap items-center gap-2">
        {picking ? (
          <select
            id={field.id}
            value={value}
            onChange={(e) => set(e.target.value)}
            onBlur={field.touch}
            aria-invalid={field.invalid}
            aria-describedby={field.describedBy}
            className={cn(inputClasses, "max-w-sm")}
          >
            <option value="">Choose…</option>
            {value && !offered.some((o) => o.value === value) ? (
              <option value={value}>{`${value} (not on ${name})`}</option>
            ) : null}
            {offered.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        ) : lists.status === "loading" ? (
          <select
            id={field.id}
            disabled
            aria-busy="true"
            aria-describedby={field.describedBy}
            className={cn(inputClasses, "max-w-sm")}
          >
            <option>{`Reading ${what} from ${name}…`}</option>
          </select>
        ) : (
          <input
            id={field.id}
            type="text"
            value={value}
            onChange={(e) => set(e.target.value)}
            onBlur={() => {
              if (value.trim() !== value) set(value.trim());
              field.touch();
            }}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={field.invalid}
            aria-describedby={field.describedBy}
            className={cn(inputClasses, "max-w-sm")}
          />
        )}
        {lists.status !== "none" ? (
          <Button
            variant="secondary"
            className="py-1.5"
            pending={lists.fetching || lists.status === "loading"}
            onClick={lists.refetch}
            // The name starts with the visible text, so voice users can say "Read again".
            aria-label={`Read again: the ${what} from ${name}`}
          >
            Read again
          </Button>
        ) : null}
      </div>
      <FieldMessages
        {...field}
        hint={
          <>
            {hint} {note ? <span data-testid={`pick-note-${path}`}>{note}</span> : null}
          </>
        }
      />
    </div>
  );
}
