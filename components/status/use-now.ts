"use client";

import { useEffect, useState } from "react";

/**
 * The current time, ticking every `everyMs`. Starts at `initial` (the server's time) so the
 * server and the browser render the same text, then follows the browser's clock.
 */
export function useNow(initial: number, everyMs = 1000): number {
  const [now, setNow] = useState(initial);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
