"use client";

import type { ReactNode } from "react";
import { formatDateTime } from "@/lib/format";
import { getIn } from "@/lib/wizard/doc-paths";
import { useWizard } from "../wizard-context";
import { CheckboxField } from "./checkbox-field";

/**
 * One checklist item ({done, by, at} under `list.id`). The browser shows its own name and time
 * at once; the server stamps the saved item itself.
 */
export function CheckItem({
  list,
  id,
  title,
  detail,
}: {
  list: "prerequisites" | "after";
  id: string;
  title: string;
  detail: ReactNode;
}) {
  const { doc, edit, userName } = useWizard();
  const path = `${list}.${id}`;
  const by = getIn(doc, `${path}.by`);
  const at = getIn(doc, `${path}.at`);
  const done = getIn(doc, `${path}.done`) === true;
  const stamp =
    done && typeof by === "string" && typeof at === "string"
      ? `Ticked by ${by}, ${formatDateTime(new Date(at))}`
      : null;
  return (
    <CheckboxField
      path={`${path}.done`}
      messagePath={path}
      label={title}
      showWarnings={false}
      hint={
        <>
          {detail}
          {stamp ? (
            <span
              className="mt-0.5 block text-emerald-800 dark:text-emerald-300"
              data-testid={`stamp-${id}`}
            >
              {stamp}
            </span>
          ) : null}
        </>
      }
      onCheckedChange={(checked) =>
        edit(
          path,
          checked ? { done: true, by: userName, at: new Date().toISOString() } : { done: false },
        )
      }
    />
  );
}
