import Link from "next/link";
import { cn } from "@/components/ui/cn";

/** Active / Archived filter; a link each, so the view is in the URL and survives reload. */
export function TopologyListTabs({
  archived,
  counts,
}: {
  archived: boolean;
  counts: { active: number; archived: number };
}) {
  const tabs = [
    { href: "/topologies", label: "Active", count: counts.active, current: !archived },
    {
      href: "/topologies?view=archived",
      label: "Archived",
      count: counts.archived,
      current: archived,
    },
  ];
  return (
    <nav
      aria-label="Topology list"
      className="mb-4 flex gap-1 border-b border-slate-200 dark:border-slate-800"
    >
      {tabs.map((tab) => (
        <Link
          key={tab.label}
          href={tab.href}
          aria-current={tab.current ? "page" : undefined}
          className={cn(
            "-mb-px border-b-2 px-3 py-2 text-sm font-medium",
            tab.current
              ? "border-sky-700 text-sky-800 dark:border-sky-400 dark:text-sky-300"
              : "border-transparent text-slate-600 hover:text-slate-900 dark:text-slate-400 dark:hover:text-slate-100",
          )}
        >
          {tab.label} <span className="text-xs font-normal">({tab.count})</span>
        </Link>
      ))}
    </nav>
  );
}
