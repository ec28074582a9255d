import { NavLink, type NavLinkLooks } from "@/components/shell/nav-link";

const links = [
  { href: "/topologies", label: "Topologies" },
  { href: "/appliances", label: "Appliances" },
  { href: "/settings", label: "Settings" },
] as const;

const pill: NavLinkLooks = {
  base: "rounded-md px-3 py-2 text-sm font-medium",
  current: "bg-slate-200 text-slate-900 dark:bg-slate-800 dark:text-white",
  other:
    "text-slate-600 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800/60",
};

export function NavLinks() {
  return (
    <ul className="flex flex-wrap gap-1">
      {links.map((link) => (
        <li key={link.href}>
          <NavLink href={link.href} looks={pill}>
            {link.label}
          </NavLink>
        </li>
      ))}
    </ul>
  );
}
