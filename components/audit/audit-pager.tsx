import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { auditHref } from "@/lib/audit/audit-href";
import { encodeCursor, type AuditCursor } from "@/lib/audit/cursor";
import type { AuditFilterValues } from "@/lib/audit/filters";

/** Newer and older pages of the same filtered view. */
export function AuditPager({
  values,
  newer,
  older,
}: {
  values: AuditFilterValues;
  newer: AuditCursor | "newest" | null;
  older: AuditCursor | null;
}) {
  if (!newer && !older) return null;
  const newerHref =
    newer === "newest"
      ? auditHref(values)
      : newer
        ? auditHref(values, { after: encodeCursor(newer) })
        : null;
  return (
    <nav aria-label="Audit log pages" className="mt-4 flex justify-between gap-2">
      {newerHref ? (
        <Link href={newerHref} className={buttonClasses("secondary")}>
          ← Newer events
        </Link>
      ) : (
        <span />
      )}
      {older ? (
        <Link
          href={auditHref(values, { before: encodeCursor(older) })}
          className={buttonClasses("secondary")}
        >
          Older events →
        </Link>
      ) : null}
    </nav>
  );
}
