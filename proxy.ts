// Runs before every page and route handler (Next 16's proxy, formerly middleware): a fresh
// CSP nonce per page request, handed to Next's renderer through the request headers so its
// own scripts carry it, and HSTS when the app is served over https. The fixed headers come
// from next.config.ts.
import { NextResponse, type NextRequest } from "next/server";
import {
  contentSecurityPolicy,
  isHttpsAppUrl,
  newNonce,
  transportHeaders,
} from "@/lib/server/security-headers";

export function proxy(request: NextRequest): NextResponse {
  const appUrl = process.env.APP_URL;
  const https = isHttpsAppUrl(appUrl);
  const isApi = request.nextUrl.pathname.startsWith("/api/");
  const requestHeaders = new Headers(request.headers);
  let policy: string | null = null;
  if (!isApi) {
    const nonce = newNonce();
    policy = contentSecurityPolicy({
      nonce,
      dev: process.env.NODE_ENV === "development",
      https,
    });
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set("content-security-policy", policy);
  } else {
    // A client must not hand the renderer a nonce of its own choosing.
    requestHeaders.delete("x-nonce");
    requestHeaders.delete("content-security-policy");
  }
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  if (policy) response.headers.set("Content-Security-Policy", policy);
  for (const [key, value] of Object.entries(transportHeaders(appUrl)))
    response.headers.set(key, value);
  return response;
}

export const config = {
  // Static build files carry the fixed headers from next.config.ts; everything else comes here.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
