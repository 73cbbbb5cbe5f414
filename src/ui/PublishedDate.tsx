import { formatDate } from './formatDate.ts';

/** A machine-readable `<time>` showing an ISO date as "19 November 2024". */
export function PublishedDate({ date }: { date: string }) {
  return <time dateTime={date}>{formatDate(date)}</time>;
}
