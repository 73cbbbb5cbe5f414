import { MONTH_NAMES as MONTHS } from '../core/text/monthNames.ts';

/**
 * `2024-11-19` → `19 November 2024`.
 * A fixed locale and UTC keep the output the same for every reader and every test run. Written
 * out rather than with `Intl.DateTimeFormat`: a page's first Intl object loads locale data,
 * 30–80 ms of main-thread time on a fast machine (four times that on a phone), as the page hydrates.
 */
export function formatDate(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Invalid date: ${isoDate}`);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}
