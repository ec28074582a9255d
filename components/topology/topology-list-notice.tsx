"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-result";
import { useRowAction } from "./use-row-action";

/** Stands in for a missing `restore` (hooks run either way); there is no Undo to call it. */
async function refused(): Promise<ActionResult<{ name: string }>> {
  return {
    ok: false,
    code: "FORBIDDEN",
    error: "Your role in this workspace does not allow this.",
  };
}

/**
 * Says where an archived or restored topology went. It takes focus when it appears: the
 * button the user pressed has just left the page with its row. Without `restore` (a role
 * that may not restore) there is no Undo.
 */
export function TopologyListNotice({
  notice,
  id,
  name,
  restore,
}: {
  notice: "archived" | "restored";
  id: string;
  name: string;
  restore?: (input: { id: string }) => Promise<ActionResult<{ name: string }>>;
}) {
  const router = useRouter();
  const ref = useRef<HTMLDivElement>(null);
  const undo = useRowAction(restore ?? refused, () =>
    router.push(`/topologies?notice=restored&id=${id}`),
  );
  useEffect(() => ref.current?.focus(), [notice, id]);
  return (
    <div ref={ref} tabIndex={-1} className="mb-4 outline-none" data-testid="list-notice">
      <Alert tone={notice === "archived" ? "info" : "success"}>
        <div className="flex flex-wrap items-center justify-between gap-2">
          <p>
            {notice === "archived"
              ? `“${name}” is archived: read-only and listed under Archived. Its NetScaler objects stay on the appliance.`
              : `“${name}” is back in the list.`}
          </p>
          {notice === "archived" && restore ? (
            <Button variant="secondary" pending={undo.pending} onClick={() => undo.run(id)}>
              Undo
            </Button>
          ) : null}
        </div>
        {undo.error ? (
          <p role="alert" className="mt-1 text-red-700 dark:text-red-300">
            {undo.error}
          </p>
        ) : null}
      </Alert>
    </div>
  );
}
