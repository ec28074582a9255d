import { headers } from "next/headers";

/**
 * The client's address. The app's own server (scripts/start.ts) overwrites
 * x-forwarded-for with the socket address unless TRUST_PROXY is set, so this header
 * cannot be forged by a client talking to the app directly.
 */
export async function getClientAddress(): Promise<string> {
  const forwarded = (await headers()).get("x-forwarded-for") ?? "";
  return forwarded.split(",")[0]?.trim() || "unknown";
}
