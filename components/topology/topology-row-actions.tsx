"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-result";
import { useRowAction } from "./use-row-action";

type RowAction<T> = (input: { id: string }) => Promise<ActionResult<T>>;

/** Duplicate and Archive for an active row; Restore for an archived one. */
export function TopologyRowActions({
  id,
  name,
  archived,
  duplicate,
  archive,
  restore,
}: {
  id: string;
  name: string;
  archived: boolean;
  duplicate: RowAction<{ id: string }>;
  archive: RowAction<{ name: string }>;
  restore: RowAction<{ name: string }>;
}) {
  const router = useRouter();
  const copy = useRowAction(duplicate, (data) => router.push(`/topologies/${data.id}`));
  // The row leaves this list: the notice on the list page says where it went (with undo).
  const hide = useRowAction(archive, () => router.push(`/topologies?notice=archived&id=${id}`));
  const back = useRowAction(restore, () => router.push(`/topologies?notice=restored&id=${id}`));
  const busy = copy.pending || hide.pending || back.pending;
  const error = copy.error ?? hide.error ?? back.error;
  // The visible label is one word; screen readers hear which topology it acts on.
  const forName = <span className="sr-only"> {name}</span>;
  return (
    <div className="flex flex-col items-end gap-1">
      <div className="flex gap-2">
        {archived ? (
          <Button
            variant="secondary"
            pending={back.pending}
            disabled={busy}
            onClick={() => back.run(id)}
          >
            Restore{forName}
          </Button>
        ) : (
          <>
            <Button
              variant="ghost"
              pending={copy.pending}
              disabled={busy}
              onClick={() => copy.run(id)}
            >
              Duplicate{forName}
            </Button>
            <Button
              variant="ghost"
              pending={hide.pending}
              disabled={busy}
              onClick={() => hide.run(id)}
            >
              Archive{forName}
            </Button>
          </>
        )}
      </div>
      {error ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {error}
        </p>
      ) : null}
    </div>
  );
}
