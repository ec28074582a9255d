// How the status page shows NITRO's state tokens: a badge tone, a diagram colour, plain time.
import type { ObjectState } from "@/lib/topology/diagram";

export type StateTone = "success" | "danger" | "warning" | "neutral" | "info";

export function stateTone(state: string): StateTone {
  switch (state) {
    case "UP":
      return "success";
    case "DOWN":
    case "MISSING":
    case "DOWN WHEN GOING OUT OF SERVICE":
      return "danger";
    case "PARTIAL-UP":
    case "PARTIAL-DOWN":
    case "OUT OF SERVICE":
    case "GOING OUT OF SERVICE":
    case "BUSY":
      return "warning";
    case "DISABLED":
      return "neutral";
    default:
      return "neutral";
  }
}

/** NITRO token → the diagram's four colours. */
export function diagramState(state: string): ObjectState {
  switch (state) {
    case "UP":
    case "PARTIAL-UP":
      return "up";
    case "DOWN":
    case "MISSING":
    case "PARTIAL-DOWN":
    case "DOWN WHEN GOING OUT OF SERVICE":
      return "down";
    case "OUT OF SERVICE":
    case "GOING OUT OF SERVICE":
    case "DISABLED":
      return "out_of_service";
    default:
      return "unknown";
  }
}

/** "4 s", "3 min", "2 h", "5 days" between two instants (ms). */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s} s`;
  const min = Math.floor(s / 60);
  if (min < 60) return `${min} min`;
  const h = Math.floor(min / 60);
  if (h < 48) return `${h} h`;
  return `${Math.floor(h / 24)} days`;
}

export function ago(iso: string | null, now: number): string | null {
  if (!iso) return null;
  const at = Date.parse(iso);
  return Number.isNaN(at) ? null : `${formatDuration(now - at)} ago`;
}

export function hostPort(ip: string | null, port: number | null): string {
  if (!ip) return port === null ? "—" : `:${port}`;
  const host = ip.includes(":") ? `[${ip}]` : ip;
  return port === null ? host : `${host}:${port}`;
}

const clock = new Intl.DateTimeFormat("en-GB", { timeStyle: "medium", timeZone: "UTC" });

/** "14:03:22 UTC": fixed locale and zone, so server and browser render the same text. */
export function clockTime(iso: string): string {
  return `${clock.format(new Date(iso))} UTC`;
}

const stampFormat = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "medium",
  timeZone: "UTC",
});

/** "12 Mar 2026, 14:03:22 UTC" for the timeline. */
export function timeStamp(iso: string): string {
  return `${stampFormat.format(new Date(iso))} UTC`;
}
