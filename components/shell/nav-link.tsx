"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

/** How a nav link looks: always, when it is the current page, and otherwise. */
export interface NavLinkLooks {
  base: string;
  current: string;
  other: string;
}

/**
 * A link that marks itself as the current page (aria-current) and styles itself to match.
 * It is current on its own path and below it, unless `exact` (a section's index page, whose
 * path prefixes every sibling's).
 */
export function NavLink({
  href,
  exact = false,
  looks,
  children,
}: {
  href: string;
  exact?: boolean;
  looks: NavLinkLooks;
  children: ReactNode;
}) {
  const pathname = usePathname();
  const current = pathname === href || (!exact && pathname.startsWith(`${href}/`));
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className={cn(looks.base, current ? looks.current : looks.other)}
    >
      {children}
    </Link>
  );
}
