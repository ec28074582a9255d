// The appliance prints times like ctime(3): "Mon Mar  4 15:20:04 2024" (day padded with a space).
const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const pad2 = (n: number): string => String(n).padStart(2, "0");

export function ctime(ms: number): string {
  const d = new Date(ms);
  const day = DAYS[d.getUTCDay()] ?? "Sun";
  const month = MONTHS[d.getUTCMonth()] ?? "Jan";
  const date = String(d.getUTCDate()).padStart(2, " ");
  const time = `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}`;
  return `${day} ${month} ${date} ${time} ${d.getUTCFullYear()}`;
}

/** NetScaler counts state age in 10 ms ticks. */
export const ticksSince = (sinceMs: number, nowMs: number): number =>
  Math.max(0, Math.floor((nowMs - sinceMs) / 10));

/** Certificate validity dates as `show ssl certKey` prints them: "Nov 11 14:58:18 2001 GMT". */
export function certTime(ms: number): string {
  return `${ctime(ms).slice(4)} GMT`;
}
