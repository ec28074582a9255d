// Dates in the runbook, written by hand instead of through Intl: the golden files must not
// change with the machine's locale or ICU version. Always UTC, like the rest of the app.
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function two(n: number): string {
  return String(n).padStart(2, "0");
}

/** "22 Nov 2026 14:05 UTC". */
export function formatRunbookDate(date: Date): string {
  const month = MONTHS[date.getUTCMonth()] ?? "";
  const day = date.getUTCDate();
  const time = `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}`;
  return `${day} ${month} ${date.getUTCFullYear()} ${time} UTC`;
}
