import { formatDateTime } from "@/lib/format";

/** The only chrome of a shared view: where it comes from and how long the link works. */
export function SharedHeader({
  expiresAt,
  showAddresses,
}: {
  expiresAt: string | null;
  showAddresses: boolean;
}) {
  return (
    <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-3 text-sm">
        <p className="font-semibold" data-testid="shared-view-banner">
          Read-only view shared from NetScaler HA
        </p>
        <p className="text-slate-600 dark:text-slate-400" data-testid="shared-view-expiry">
          {expiresAt
            ? `This link works until ${formatDateTime(new Date(expiresAt))}.`
            : "This link does not expire."}
          {showAddresses ? "" : " Addresses are hidden."}
        </p>
      </div>
    </header>
  );
}
