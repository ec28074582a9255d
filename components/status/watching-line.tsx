import type { WatchingStatus } from "@/lib/status/types";
import { ago, formatDuration } from "./state-words";

/** The watcher's line: last poll, interval, next drift check; or why it is not watched. */
export function WatchingLine({ watching, now }: { watching: WatchingStatus; now: number }) {
  const last = ago(watching.lastPollAt, now);
  const every = `every ${formatDuration(watching.intervalMs)}`;
  const next = watching.nextDriftCheckAt ? Date.parse(watching.nextDriftCheckAt) : null;
  const drift =
    next === null
      ? "scheduled drift checks off"
      : next <= now
        ? "next drift check at the next poll"
        : `next drift check in ${formatDuration(next - now)}`;
  return (
    <div className="mt-3 border-t border-slate-200 pt-3 text-sm dark:border-slate-800">
      <p data-testid="watching-line" className="text-slate-700 dark:text-slate-300">
        {watching.watched ? (
          <>
            <strong className="font-semibold">Watching</strong> (day and night):{" "}
            {last ? `last poll ${last}` : "not polled yet"}, {every}, {drift}.
          </>
        ) : (
          <>
            <strong className="font-semibold">Not watched</strong>: not applied yet. Polled {every}{" "}
            only while someone views this status.
          </>
        )}
      </p>
      {watching.driftError ? (
        <p className="mt-1 text-amber-800 dark:text-amber-300" data-testid="drift-check-error">
          The last drift check failed: {watching.driftError}
        </p>
      ) : null}
    </div>
  );
}
