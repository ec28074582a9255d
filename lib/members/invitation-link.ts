// Where an invitation link points: APP_URL when set (behind a proxy it is the only reliable
// answer), else the origin the owner's browser used to reach the app.
import { headers } from "next/headers";
import { getEnv } from "@/lib/env";

export function invitationLink(origin: string, token: string): string {
  return `${origin.replace(/\/+$/, "")}/invite/${token}`;
}

export async function appOrigin(): Promise<string> {
  const configured = getEnv().APP_URL;
  if (configured) return new URL(configured).origin;
  const requestHeaders = await headers();
  const origin = requestHeaders.get("origin");
  if (origin && /^https?:\/\/[^/\s]+$/i.test(origin)) return origin;
  const host = requestHeaders.get("host") ?? `localhost:${getEnv().PORT}`;
  const protocol = requestHeaders.get("x-forwarded-proto")?.split(",")[0]?.trim() || "http";
  return `${protocol}://${host}`;
}
