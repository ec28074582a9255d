import type { ReactNode } from "react";
import { SettingsNav, type SettingsLink } from "@/components/shell/settings-nav";
import { can } from "@/lib/auth/permissions";
import { requireAppSession } from "@/lib/auth/session";

export default async function SettingsLayout({ children }: { children: ReactNode }) {
  const session = await requireAppSession();
  const links: SettingsLink[] = [
    { href: "/settings", label: "Account" },
    { href: "/settings/members", label: "Members" },
    // The audit log names colleagues and their addresses: only for roles that may read it.
    ...(can(session.role, "audit:view") ? [{ href: "/settings/audit", label: "Audit log" }] : []),
  ];
  return (
    <>
      <SettingsNav links={links} />
      {children}
    </>
  );
}
