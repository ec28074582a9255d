import { getEnv } from "@/lib/env";

/** APPLY_VERIFY_SECONDS: how long a successful apply watches its vservers settle (0 = off). */
export function applyVerifySeconds(): number {
  return getEnv().APPLY_VERIFY_SECONDS;
}

/** How often the vservers are read while settling (two bulk GETs per read). */
export const VERIFY_EVERY_MS = 2000;
