// The browser-side defences every answer carries (next.config.ts sets the fixed ones, proxy.ts
// the per-request ones). Pure, so the build config, the proxy and the tests share one source.

/** Fixed headers for every response: pages, route handlers and static files alike. */
export const STATIC_SECURITY_HEADERS = {
  "X-Frame-Options": "DENY",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "same-origin",
  // The app uses none of these; a script that got in could not either.
  "Permissions-Policy": [
    "accelerometer=()",
    "autoplay=()",
    "camera=()",
    "display-capture=()",
    "geolocation=()",
    "gyroscope=()",
    "hid=()",
    "magnetometer=()",
    "microphone=()",
    "midi=()",
    "payment=()",
    "publickey-credentials-get=()",
    "serial=()",
    "usb=()",
    "xr-spatial-tracking=()",
    "browsing-topics=()",
  ].join(", "),
  // No other window keeps a handle on ours (tab-nabbing, cross-window leaks).
  "Cross-Origin-Opener-Policy": "same-origin",
} as const;

/** One year, and every subdomain: the app's cookies and appliance passwords need TLS. */
export const HSTS_VALUE = "max-age=31536000; includeSubDomains";

export function isHttpsAppUrl(appUrl: string | undefined): boolean {
  return appUrl?.trim().toLowerCase().startsWith("https://") ?? false;
}

/** HSTS only when users open the app over https; over http a browser would ignore it anyway. */
export function transportHeaders(appUrl: string | undefined): Record<string, string> {
  return isHttpsAppUrl(appUrl) ? { "Strict-Transport-Security": HSTS_VALUE } : {};
}

/** 128 random bits, base64: unguessable per response. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The page policy. Scripts run only with this response's nonce (Next adds it to its own
 * scripts, which then load the bundles: 'strict-dynamic'). <style> elements need the nonce
 * too; style *attributes* cannot carry one, and React renders style props (the topology
 * diagram's width, the global error page) as attributes on the server, so style-src-attr
 * allows them: a style attribute cannot run script. Development adds 'unsafe-eval', which
 * React's dev build uses to rebuild server stacks.
 */
export function contentSecurityPolicy(options: {
  nonce: string;
  dev: boolean;
  https: boolean;
}): string {
  const { nonce, dev, https } = options;
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    `style-src-elem 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}
