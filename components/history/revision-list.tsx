import Form from "next/form";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import type { RevisionSummary } from "@/lib/topologies/revisions";
import { formatDateTime } from "@/lib/format";
import type { TopologyKind } from "@/lib/topology/schema/kinds";
import { historyHref } from "./history-href";
import { stepLabel } from "./step-label";

interface Props {
  topologyId: string;
  kind: TopologyKind;
  revisions: readonly RevisionSummary[];
  total: number;
  hasMore: boolean;
  /** The list's length as asked in the address (null: the default page). */
  shown: number | null;
  nextShown: number;
  from: number | null;
  to: number | null;
  /** The topology's version now: that revision is the current draft. */
  currentVersion: number;
  canRestore: boolean;
}

const radioClasses = "size-4 accent-sky-700";

/**
 * Saved versions, newest first. Picking a "from" and a "to" and pressing Compare is a plain
 * GET form, so the comparison has its own address and works without JavaScript.
 */
const columns = ["From", "To", "Version", "Saved", "By", "Step", "Name"] as const;

export function RevisionList(props: Props) {
  const { topologyId, kind, revisions, from, to } = props;
  return (
    <Form action={historyHref(topologyId)} className="space-y-4">
      {props.shown ? <input type="hidden" name="shown" value={props.shown} /> : null}
      <div className="overflow-x-auto rounded-md border border-slate-200 dark:border-slate-800">
        <table className="w-full text-left text-sm" data-testid="revision-list">
          <caption className="sr-only">Saved versions, newest first</caption>
          <thead className="bg-slate-50 dark:bg-slate-900">
            <tr>
              {columns.map((column) => (
                <th key={column} scope="col" className="px-3 py-2 font-medium">
                  {column}
                </th>
              ))}
              {props.canRestore ? (
                <th scope="col" className="px-3 py-2 font-medium">
                  <span className="sr-only">Restore</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {revisions.map((revision) => {
              const current = revision.version === props.currentVersion;
              return (
                <tr
                  key={revision.id}
                  data-testid={`revision-row-${revision.version}`}
                  className="border-t border-slate-200 dark:border-slate-800"
                >
                  <td className="px-3 py-1.5">
                    <input
                      type="radio"
                      name="from"
                      value={revision.version}
                      defaultChecked={revision.version === from}
                      aria-label={`Compare from version ${revision.version}`}
                      className={radioClasses}
                    />
                  </td>
                  <td className="px-3 py-1.5">
                    <input
                      type="radio"
                      name="to"
                      value={revision.version}
                      defaultChecked={revision.version === to}
                      aria-label={`Compare to version ${revision.version}`}
                      className={radioClasses}
                    />
                  </td>
                  <th scope="row" className="px-3 py-1.5 font-medium whitespace-nowrap">
                    {revision.version} {current ? <Badge tone="info">Current draft</Badge> : null}
                  </th>
                  <td className="px-3 py-1.5 whitespace-nowrap">
                    {formatDateTime(revision.createdAt)}
                  </td>
                  <td className="px-3 py-1.5">{revision.authorName}</td>
                  <td className="px-3 py-1.5">{stepLabel(kind, revision.step)}</td>
                  <td className="px-3 py-1.5">{revision.name}</td>
                  {props.canRestore ? (
                    <td className="px-3 py-1.5 text-right whitespace-nowrap">
                      {current ? null : (
                        <Link
                          href={`${historyHref(topologyId, {
                            from,
                            to,
                            shown: props.shown,
                            restore: revision.version,
                          })}#restore`}
                          className={buttonClasses("ghost")}
                        >
                          Restore this version
                          <span className="sr-only"> (version {revision.version})</span>
                        </Link>
                      )}
                    </td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={buttonClasses("secondary")}>
          Compare selected versions
        </button>
        <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="revision-count">
          Showing {revisions.length} of {props.total} saved versions.
        </p>
        {props.hasMore ? (
          <Link
            href={historyHref(topologyId, { from, to, shown: props.nextShown })}
            scroll={false}
            className={buttonClasses("ghost")}
          >
            Load more
          </Link>
        ) : null}
      </div>
    </Form>
  );
}
