import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "NetScaler HA", template: "%s · NetScaler HA" },
  description:
    "Plan, apply and watch load-balanced IGEL UMS and XenMobile Server clusters on NetScaler.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
