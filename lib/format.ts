// Dates render on the server; a fixed locale and UTC keep the server's and browser's text
// identical (no hydration mismatch) and unambiguous for teams across time zones.
const dateTime = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});

export function formatDateTime(date: Date): string {
  return `${dateTime.format(date)} UTC`;
}
