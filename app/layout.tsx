import type { Metadata } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "NetScaler HA", template: "%s · NetScaler HA" },
  description:
    "Plan, apply and watch load-balanced IGEL UMS and XenMobile Server clusters on NetScaler.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request: Next puts the CSP nonce (proxy.ts) on its scripts only
  // while rendering with the request in hand, and a prerendered page's scripts would be blocked.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
