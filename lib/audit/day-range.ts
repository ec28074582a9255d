// Date filters are whole days in the reader's time zone (the browser sends it with the form),
// so "from 3 March" means their midnight, and a shared link means the same days to a colleague
// in another zone. Without a zone the days are UTC.

/** YYYY-MM-DD of a real calendar day, as <input type="date"> sends it. */
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** How far the zone's wall clock is ahead of UTC at this instant, in ms. */
function zoneOffset(instant: number, zone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: zone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(
    part("year"),
    part("month") - 1,
    part("day"),
    part("hour"),
    part("minute"),
    part("second"),
  );
  return wall - (instant - (((instant % 1000) + 1000) % 1000));
}

/**
 * The instant the day (plus `addDays`) begins in the zone, or null for anything that is not a
 * calendar day ("2026-02-30", "yesterday").
 */
export function dayStart(day: string, zone: string, addDays = 0): Date | null {
  const match = DAY.exec(day);
  if (!match) return null;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const midnightUtc = Date.UTC(year, month - 1, date);
  const check = new Date(midnightUtc);
  if (
    year < 1970 ||
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== date
  ) {
    return null;
  }
  const wallMidnight = midnightUtc + addDays * 86_400_000;
  // Offset at a first guess, then at the result: right across a daylight-saving change too.
  const guess = wallMidnight - zoneOffset(wallMidnight, zone);
  return new Date(wallMidnight - zoneOffset(guess, zone));
}
