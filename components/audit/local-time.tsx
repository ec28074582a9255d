"use client";

import { useSyncExternalStore } from "react";
import { formatDateTime } from "@/lib/format";

const local = new Intl.DateTimeFormat(undefined, {
  year: "numeric",
  month: "short",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  timeZoneName: "short",
});

const noChanges = () => () => undefined;

/**
 * An absolute time in the reader's own time zone. The server does not know that zone, so it
 * renders UTC; once hydrated the browser shows local time (the UTC text stays in the tooltip).
 */
export function LocalTime({ iso }: { iso: string }) {
  const hydrated = useSyncExternalStore(
    noChanges,
    () => true,
    () => false,
  );
  const date = new Date(iso);
  const utc = formatDateTime(date);
  return (
    <time dateTime={iso} title={utc} className="whitespace-nowrap">
      {hydrated ? local.format(date) : utc}
    </time>
  );
}
