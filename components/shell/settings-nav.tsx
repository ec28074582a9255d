"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";

export interface SettingsLink {
  href: string;
  label: string;
}

/** The settings section's tabs; "Account" is /settings itself, so it matches exactly. */
export function SettingsNav({ links }: { links: SettingsLink[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Settings" className="mb-6 border-b border-slate-200 dark:border-slate-800">
      <ul className="-mb-px flex gap-1">
        {links.map((link) => {
          const active =
            link.href === "/settings"
              ? pathname === link.href
              : pathname === link.href || pathname.startsWith(`${link.href}/`);
          return (
            <li key={link.href}>
              <Link
                href={link.href}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "inline-block border-b-2 px-3 py-2 text-sm font-medium",
                  active
                    ? "border-sky-700 text-slate-900 dark:border-sky-400 dark:text-white"
                    : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900 dark:text-slate-300",
                )}
              >
                {link.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
