"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, type ReactNode } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-result";
import { historyHref } from "./history-href";

export type RestoreAction = (
  input: FormData,
) => Promise<ActionResult<{ version: number; fromVersion: number }>>;

/**
 * The confirm step of "Restore this version": what the current draft would become (the
 * children show the changes) and the one button that does it. It takes focus when it opens:
 * the link that opened it is further down the page.
 */
export function RestoreConfirm({
  topologyId,
  revision,
  expectedVersion,
  cancelHref,
  restore,
  children,
}: {
  topologyId: string;
  revision: number;
  expectedVersion: number;
  cancelHref: string;
  restore: RestoreAction;
  children: ReactNode;
}) {
  const router = useRouter();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.focus(), [revision]);
  const { onSubmit, pending, formError } = useActionForm(restore, {
    onSuccess: (data) =>
      router.push(historyHref(topologyId, { restored: data.version, source: data.fromVersion })),
  });
  return (
    <section
      ref={ref}
      id="restore"
      tabIndex={-1}
      aria-labelledby="restore-heading"
      data-testid="restore-confirm"
      className="mb-6 rounded-lg border border-amber-300 bg-amber-50/60 p-5 outline-none dark:border-amber-800 dark:bg-amber-950/30"
    >
      <h2 id="restore-heading" className="text-base font-semibold">
        Restore version {revision}?
      </h2>
      <p className="mt-1 text-sm">
        The current draft (version {expectedVersion}) becomes what version {revision} was. Nothing
        is lost: the current draft stays in the history, and the restore is saved as a new version.
        The NetScaler changes only when you apply.
      </p>
      <div className="mt-4">{children}</div>
      <form onSubmit={onSubmit} className="mt-4 flex flex-wrap items-center gap-3">
        <input type="hidden" name="id" value={topologyId} />
        <input type="hidden" name="revision" value={revision} />
        <input type="hidden" name="expectedVersion" value={expectedVersion} />
        <Button type="submit" pending={pending}>
          Restore version {revision}
        </Button>
        <Link href={cancelHref} className={buttonClasses("ghost")}>
          Cancel
        </Link>
      </form>
      {formError ? (
        <Alert tone="error" className="mt-3">
          {formError}
        </Alert>
      ) : null}
    </section>
  );
}
