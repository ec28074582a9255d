// Headers on everything under /share and /api/share: the token is in the URL, so it must not
// leak through a Referer, be indexed, or be kept by a cache. next.config.ts sets them on the
// page; the status route sets them itself.
export const SHARE_HEADERS = {
  "Referrer-Policy": "no-referrer",
  "X-Robots-Tag": "noindex",
  "Cache-Control": "no-store",
} as const;
