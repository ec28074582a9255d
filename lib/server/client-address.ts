import { headers } from "next/headers";

/**
 * The client's address. The app's own server (lib/server/app-http-server.ts, started by
 * scripts/start.ts) replaces X-Forwarded-For with the one address it resolved against the
 * trusted proxies (TRUSTED_PROXY_HOPS / TRUSTED_PROXIES), so a client cannot forge it.
 */
export async function getClientAddress(): Promise<string> {
  const forwarded = (await headers()).get("x-forwarded-for") ?? "";
  return forwarded.split(",")[0]?.trim() || "unknown";
}
