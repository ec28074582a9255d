import { Badge } from "@/components/ui/badge";
import type { ActionResult } from "@/lib/action-result";
import type { ShareLinkView } from "@/lib/share/store";
import { formatDateTime } from "@/lib/format";
import type { ShareLinkState } from "@/lib/share/link-state";
import { RevokeShareLinkButton } from "./revoke-share-link-button";

const th = "px-3 py-2 text-left text-xs font-semibold text-slate-600 dark:text-slate-400";
const td = "px-3 py-2 align-top";

const states: Record<ShareLinkState, { label: string; tone: "success" | "neutral" | "danger" }> = {
  active: { label: "Active", tone: "success" },
  expired: { label: "Expired", tone: "neutral" },
  revoked: { label: "Revoked", tone: "danger" },
};

/** Every link of the topology, revoked and expired ones included (they are its history). */
export function ShareLinkTable({
  links,
  revoke,
}: {
  links: ShareLinkView[];
  revoke: (input: { id: string }) => Promise<ActionResult<{ revokedAt: string }>>;
}) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm" data-testid="share-links">
        <caption className="sr-only">Read-only links</caption>
        <thead className="border-b border-slate-200 dark:border-slate-800">
          <tr>
            {["Label", "Created", "Expires", "Last used", "Status", ""].map((column) => (
              <th key={column || "actions"} scope="col" className={th}>
                {column ? column : <span className="sr-only">Actions</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {links.map((link) => {
            const state = states[link.state];
            const name = link.label || "Link without a label";
            return (
              <tr key={link.id} data-testid="share-link-row" data-state={link.state}>
                <th scope="row" className={`${td} text-left font-medium`}>
                  {link.label || (
                    <span className="font-normal text-slate-600 dark:text-slate-400">No label</span>
                  )}
                  {link.showAddresses ? (
                    <p className="text-xs font-normal text-slate-600 dark:text-slate-400">
                      Shows addresses
                    </p>
                  ) : null}
                </th>
                <td className={td}>
                  {formatDateTime(link.createdAt)}
                  <p className="text-xs text-slate-600 dark:text-slate-400">
                    by {link.createdByName}
                  </p>
                </td>
                <td className={td}>
                  {link.revokedAt
                    ? `Revoked ${formatDateTime(link.revokedAt)}`
                    : link.expiresAt
                      ? formatDateTime(link.expiresAt)
                      : "Never"}
                </td>
                <td className={td}>
                  {link.lastUsedAt ? formatDateTime(link.lastUsedAt) : "Not used yet"}
                </td>
                <td className={td}>
                  <Badge tone={state.tone}>
                    <span data-testid="share-link-state">{state.label}</span>
                  </Badge>
                </td>
                <td className={`${td} text-right`}>
                  {link.state === "active" ? (
                    <RevokeShareLinkButton id={link.id} name={name} revoke={revoke} />
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
