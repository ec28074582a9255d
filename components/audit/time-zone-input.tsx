"use client";

import { useSyncExternalStore } from "react";

const noChanges = () => () => undefined;
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Sends the reader's time zone with the filters, so From and To are their own days. */
export function TimeZoneInput({ fallback }: { fallback: string }) {
  const zone = useSyncExternalStore(noChanges, browserZone, () => fallback);
  return <input type="hidden" name="tz" value={zone || fallback} />;
}
