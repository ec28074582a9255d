// Colours for the topology diagram, light and dark. Kinds use blue-family hues only, so the
// state colours (green, red, amber) stay unambiguous when the status page adds them.
import type { DiagramNodeKind, ObjectState } from "@/lib/topology/diagram";

// Fill and stroke apart: a state replaces the kind's stroke (two stroke utilities on one
// element would leave the winner to CSS order).
export const kindClasses: Record<DiagramNodeKind, { fill: string; stroke: string }> = {
  clients: {
    fill: "fill-slate-100 dark:fill-slate-800",
    stroke: "stroke-slate-400 dark:stroke-slate-500",
  },
  gateway: {
    fill: "fill-slate-100 dark:fill-slate-800",
    stroke: "stroke-slate-400 dark:stroke-slate-500",
  },
  vip: { fill: "fill-sky-50 dark:fill-sky-950", stroke: "stroke-sky-500 dark:stroke-sky-500" },
  dns: { fill: "fill-white dark:fill-slate-900", stroke: "stroke-slate-400 dark:stroke-slate-500" },
  vserver: {
    fill: "fill-indigo-50 dark:fill-indigo-950",
    stroke: "stroke-indigo-400 dark:stroke-indigo-400",
  },
  servicegroup: {
    fill: "fill-violet-50 dark:fill-violet-950",
    stroke: "stroke-violet-400 dark:stroke-violet-400",
  },
  member: {
    fill: "fill-white dark:fill-slate-900",
    stroke: "stroke-slate-400 dark:stroke-slate-500",
  },
};

export const stateClasses: Record<ObjectState, { box: string; badge: string }> = {
  up: {
    box: "stroke-emerald-600 dark:stroke-emerald-400",
    badge: "fill-emerald-600 dark:fill-emerald-500",
  },
  down: { box: "stroke-red-600 dark:stroke-red-400", badge: "fill-red-600 dark:fill-red-500" },
  unknown: {
    box: "stroke-slate-500 dark:stroke-slate-400",
    badge: "fill-slate-500 dark:fill-slate-500",
  },
  out_of_service: {
    box: "stroke-amber-500 dark:stroke-amber-400",
    badge: "fill-amber-500 dark:fill-amber-500",
  },
};

/** A shape as well as a colour, so a state never depends on colour vision alone. */
export const stateGlyphs: Record<ObjectState, string> = {
  up: "✓",
  down: "✕",
  unknown: "?",
  out_of_service: "‖",
};

export const stateWords: Record<ObjectState, string> = {
  up: "up",
  down: "down",
  unknown: "state unknown",
  out_of_service: "out of service",
};
