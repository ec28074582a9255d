import Link from "next/link";
import { LocalTime } from "@/components/audit/local-time";
import { actorName, describeEntry, originOf } from "@/lib/audit/describe-entry";
import type { AuditEntry } from "@/lib/audit/query";

const th = "px-3 py-2 text-left text-xs font-semibold text-slate-600 dark:text-slate-400";
const td = "px-3 py-2 align-top";
const muted = "text-xs text-slate-600 dark:text-slate-400";

function Target({ entry }: { entry: AuditEntry }) {
  const target = entry.target;
  if (!target) return <span className={muted}>—</span>;
  return (
    <>
      {target.href ? (
        <Link href={target.href} className="text-sky-800 hover:underline dark:text-sky-300">
          {target.label}
        </Link>
      ) : (
        <span>{target.label}</span>
      )}
      {target.secondary ? <div className={muted}>{target.secondary}</div> : null}
      {target.state !== "present" ? <div className={muted}>{target.state}</div> : null}
    </>
  );
}

function Details({ entry }: { entry: AuditEntry }) {
  return (
    <details>
      <summary className="cursor-pointer text-sky-800 dark:text-sky-300">Details</summary>
      <p className={`${muted} mt-2`}>
        Action <code className="font-mono">{entry.action}</code>
      </p>
      <pre
        tabIndex={0}
        className="mt-1 max-w-md overflow-x-auto rounded bg-slate-100 p-2 font-mono text-xs dark:bg-slate-800"
      >
        {JSON.stringify(entry.detail, null, 2)}
      </pre>
    </details>
  );
}

/** One row per event, newest first; every column from the event as it was recorded. */
export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <table className="w-full text-sm">
        <caption className="sr-only">Audit log, newest first</caption>
        <thead className="border-b border-slate-200 dark:border-slate-800">
          <tr>
            {["When", "Who", "What", "Target", "Address", ""].map((column, index) => (
              <th key={index} scope="col" className={th}>
                {column || <span className="sr-only">Details</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {entries.map((entry) => (
            <tr key={entry.id} data-testid="audit-row" data-action={entry.action}>
              <td className={td}>
                <LocalTime iso={entry.createdAt.toISOString()} />
              </td>
              <td className={td}>
                <div>{actorName(entry)}</div>
                {entry.actor ? <div className={muted}>{entry.actor.email}</div> : null}
              </td>
              <td className={td} data-testid="audit-what">
                {describeEntry(entry)}
              </td>
              <td className={td}>
                <Target entry={entry} />
              </td>
              <td className={`${td} font-mono text-xs`}>{originOf(entry)}</td>
              <td className={td}>
                <Details entry={entry} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
