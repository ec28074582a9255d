import { hostPort } from "@/components/status/state-words";
import type { DesignRow } from "@/lib/share/design-rows";

const th = "px-3 py-2 text-left text-xs font-semibold text-slate-600 dark:text-slate-400";
const td = "px-3 py-2 align-top";

/** The design as text: each virtual server with the service groups and members behind it. */
export function DesignTable({ rows }: { rows: DesignRow[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm" data-testid="design-table">
        <caption className="sr-only">Virtual servers, service groups and members</caption>
        <thead className="border-b border-slate-200 dark:border-slate-800">
          <tr>
            {["Virtual server", "VIP and port", "Protocol", "Persistence", "Members"].map((c) => (
              <th key={c} scope="col" className={th}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row" className={`${td} text-left font-medium`}>
                {row.vserver}
              </th>
              <td className={`${td} font-mono text-xs`}>
                {hostPort(row.vip || null, row.port ? Number(row.port) : null)}
              </td>
              <td className={td}>{row.protocol}</td>
              <td className={td}>{row.persistence}</td>
              <td className={td}>
                {row.groups.length === 0 ? "—" : null}
                {row.groups.map((group) => (
                  <div key={group.name} className="mb-1 last:mb-0">
                    <p className="text-xs text-slate-600 dark:text-slate-400">
                      Service group {group.name}
                      {group.protocol ? ` (${group.protocol})` : ""}
                    </p>
                    <ul className="font-mono text-xs">
                      {group.members.map((m) => (
                        <li key={`${m.server}/${m.port}`}>
                          {m.server} {hostPort(m.address || null, Number(m.port))}
                          {m.serverId ? ` · server ID ${m.serverId}` : ""}
                        </li>
                      ))}
                    </ul>
                  </div>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
