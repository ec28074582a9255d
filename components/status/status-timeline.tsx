"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { fetchJson } from "@/components/review/fetch-json";
import type { TransitionView } from "@/lib/status/store";
import { StateBadge } from "./state-badge";
import { timeStamp } from "./state-words";

const TO_STATES = [
  "UP",
  "DOWN",
  "OUT OF SERVICE",
  "MISSING",
  "PARTIAL-UP",
  "DISABLED",
  "REACHABLE",
  "UNREACHABLE",
  "TIMEOUT",
  "AUTH_FAILED",
];

const select =
  "rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-900";

/** State changes of the topology's objects and its appliance, newest first, with filters. */
export function StatusTimeline({
  topologyId,
  statusUrl = `/api/topologies/${topologyId}/status`,
  objects,
  initial,
  refetchMs,
}: {
  topologyId: string;
  /** The status route; the timeline is its ?history=1 form. */
  statusUrl?: string;
  /** Filter choices: object key → label. */
  objects: Array<{ key: string; label: string }>;
  initial: TransitionView[];
  refetchMs: number;
}) {
  const [object, setObject] = useState("");
  const [to, setTo] = useState("");
  const id = useId();
  const query = useQuery({
    queryKey: ["status-history", topologyId, object, to],
    queryFn: () => {
      const params = new URLSearchParams({ history: "1", take: "100" });
      if (object) params.set("object", object);
      if (to) params.set("to", to);
      return fetchJson<{ transitions: TransitionView[] }>(`${statusUrl}?${params.toString()}`);
    },
    initialData: object || to ? undefined : { transitions: initial },
    placeholderData: keepPreviousData,
    refetchInterval: refetchMs,
    refetchIntervalInBackground: false,
  });
  const rows = query.data?.transitions ?? [];
  return (
    <section aria-labelledby={`${id}-title`} data-testid="status-timeline">
      <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
        <h2 id={`${id}-title`} className="text-base font-semibold">
          Timeline
        </h2>
        <div className="flex flex-wrap gap-3 text-sm">
          <label className="flex flex-col gap-1">
            <span>Object</span>
            <select className={select} value={object} onChange={(e) => setObject(e.target.value)}>
              <option value="">All objects</option>
              <option value="appliance">The appliance</option>
              {objects.map((o) => (
                <option key={o.key} value={o.key}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
          <label className="flex flex-col gap-1">
            <span>Changed to</span>
            <select className={select} value={to} onChange={(e) => setTo(e.target.value)}>
              <option value="">Any state</option>
              {TO_STATES.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </label>
        </div>
      </div>
      {query.isError ? (
        <p className="text-sm text-red-800 dark:text-red-300">{query.error.message}</p>
      ) : null}
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          No state changes {object || to ? "match these filters" : "recorded yet"}.
        </p>
      ) : (
        <ol className="divide-y divide-slate-100 text-sm dark:divide-slate-800">
          {rows.map((row) => (
            <li
              key={row.id}
              className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2"
              data-testid="transition"
            >
              <time
                dateTime={row.at}
                className="w-52 font-mono text-xs text-slate-600 dark:text-slate-400"
              >
                {timeStamp(row.at)}
              </time>
              <span className="font-medium">{row.label}</span>
              <span className="flex items-center gap-1">
                {row.fromState ? <StateBadge state={row.fromState} /> : null}
                <span aria-hidden="true">→</span>
                <span className="sr-only">to</span>
                <StateBadge state={row.toState} />
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
