import { NavLink, type NavLinkLooks } from "@/components/shell/nav-link";

const links = [
  { href: "/topologies", label: "Topologies" },
  { href: "/appliances", label: "Appliances" },
  { href: "/alerts", label: "Alerts" },
  { href: "/settings", label: "Settings" },
] as const;

const pill: NavLinkLooks = {
  base: "rounded-md px-3 py-2 text-sm font-medium",
  current: "bg-slate-200 text-slate-900 dark:bg-slate-800 dark:text-white",
  other:
    "text-slate-600 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800/60",
};

export function NavLinks({ firingAlerts = 0 }: { firingAlerts?: number }) {
  return (
    <ul className="flex flex-wrap gap-1">
      {links.map((link) => (
        <li key={link.href}>
          <NavLink href={link.href} looks={pill}>
            {link.label}
            {link.href === "/alerts" && firingAlerts > 0 ? (
              <span
                className="ml-1.5 rounded-full bg-red-700 px-1.5 py-0.5 text-xs font-semibold text-white"
                data-testid="firing-count"
              >
                {firingAlerts}
                <span className="sr-only"> firing</span>
              </span>
            ) : null}
          </NavLink>
        </li>
      ))}
    </ul>
  );
}
