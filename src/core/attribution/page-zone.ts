/**
 * A publication time stamped in UTC ("2020-02-25T02:25:54Z") is the evening before in New York: the
 * day a reader of the page sees is the page's local one. When the page writes the same instant elsewhere
 * with its own offset ("2020-02-24T21:25:54-05:00" in a `<time>` or another meta tag), that form is the
 * one to give: same instant, the page's day.
 */

/** `2020-02-25T02:25:54Z` or `…+00:00`: an instant with a clock, stated in UTC. */
const UTC_STAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]00:00)$/;
/** An ISO date-time (as parseDate writes it) with a non-zero offset. */
const LOCAL_STAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?[+-](?!00:00)\d{2}:\d{2}$/;

/**
 * `date` as the page writes it in its own zone, when `others` (other dates of the page, as parseDate
 * returns them) hold the same instant with a non-zero offset; else `date` unchanged.
 */
export function inPageZone(date: string, others: readonly (string | null)[]): string {
  if (!UTC_STAMP.test(date)) return date;
  const instant = Date.parse(date);
  if (Number.isNaN(instant)) return date;
  for (const other of others) {
    if (other && LOCAL_STAMP.test(other) && Date.parse(other) === instant) return other;
  }
  return date;
}
