import { Fragment } from "react";
import type { MemberStatus, VserverStatus } from "@/lib/status/types";
import { StateBadge } from "./state-badge";
import { formatDuration, hostPort } from "./state-words";

const th = "px-3 py-2 text-left text-xs font-semibold text-slate-600 dark:text-slate-400";
const td = "px-3 py-2 align-top";

function HeaderRow({ columns }: { columns: readonly string[] }) {
  return (
    <tr>
      {columns.map((column) => (
        <th key={column} scope="col" className={th}>
          {column}
        </th>
      ))}
    </tr>
  );
}

function lastChange(state: string, since: string | null, now: number): string {
  if (!since) return "—";
  const at = Date.parse(since);
  return Number.isNaN(at) ? "—" : `${state} for ${formatDuration(now - at)}`;
}

export function VserverTable({ vservers, now }: { vservers: VserverStatus[]; now: number }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="sr-only">Virtual servers</caption>
        <thead className="border-b border-slate-200 dark:border-slate-800">
          <HeaderRow
            columns={[
              "Virtual server",
              "VIP",
              "Type",
              "State",
              "Health",
              "Active members",
              "Last change",
            ]}
          />
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {vservers.map((v) => (
            <tr key={v.key} data-testid={`vserver-${v.name}`}>
              <th scope="row" className={`${td} text-left font-medium`}>
                {v.name}
                {!v.enabled ? (
                  <span className="ml-2 text-xs text-slate-600 dark:text-slate-400">
                    (disabled)
                  </span>
                ) : null}
              </th>
              <td className={`${td} font-mono text-xs`}>{hostPort(v.ip, v.port)}</td>
              <td className={td}>{v.type ?? "—"}</td>
              <td className={td}>
                <StateBadge state={v.state} />
              </td>
              <td className={td} data-testid="health">
                {v.health === null ? "—" : `${v.health} %`}
              </td>
              <td className={td} data-testid="active-members">
                {v.activeMembers} of {v.totalMembers}
              </td>
              <td className={td}>{lastChange(v.state, v.since, now)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function MemberTable({ members, now }: { members: MemberStatus[]; now: number }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="sr-only">Service group members</caption>
        <thead className="border-b border-slate-200 dark:border-slate-800">
          <HeaderRow
            columns={["Server", "Address", "Service group", "State", "Server ID", "Last change"]}
          />
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {members.map((m) => (
            <Fragment key={m.key}>
              <tr
                data-testid={`member-${m.server}-${m.port}`}
                // The reason row below belongs to this member: no divider between them.
                className={m.reason ? "border-b-0" : undefined}
              >
                <th scope="row" className={`${td} text-left font-medium`}>
                  {m.server}
                </th>
                <td className={`${td} font-mono text-xs`}>{hostPort(m.ip, m.port)}</td>
                <td className={td}>{m.serviceGroup}</td>
                <td className={td}>
                  <StateBadge state={m.state} />
                </td>
                <td className={td}>{m.customServerId ?? "—"}</td>
                <td className={td}>{lastChange(m.state, m.since, now)}</td>
              </tr>
              {m.reason ? (
                // Its own row from the first column on: the monitor's words stay in view on a
                // phone, where the table scrolls sideways and the State column starts off-screen.
                <tr data-testid={`reason-${m.server}-${m.port}`}>
                  <td
                    colSpan={6}
                    className="px-3 pt-0 pb-2 text-xs text-slate-600 dark:text-slate-400"
                  >
                    <p className="max-w-[20rem] break-words sm:max-w-none">
                      <span className="sr-only">
                        Why {m.server}:{m.port} is down:{" "}
                      </span>
                      {m.reason}
                    </p>
                  </td>
                </tr>
              ) : null}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
