import { NavLink, type NavLinkLooks } from "@/components/shell/nav-link";

export interface SettingsLink {
  href: string;
  label: string;
}

const tab: NavLinkLooks = {
  base: "inline-block border-b-2 px-3 py-2 text-sm font-medium",
  current: "border-sky-700 text-slate-900 dark:border-sky-400 dark:text-white",
  other:
    "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900 dark:text-slate-300",
};

/** The settings section's tabs; "Account" is /settings itself, so it matches exactly. */
export function SettingsNav({ links }: { links: SettingsLink[] }) {
  return (
    <nav aria-label="Settings" className="mb-6 border-b border-slate-200 dark:border-slate-800">
      <ul className="-mb-px flex gap-1">
        {links.map((link) => (
          <li key={link.href}>
            <NavLink href={link.href} exact={link.href === "/settings"} looks={tab}>
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
