/** What articles are ordered by: their date, then headline and slug. */
type Dated = { date: string | null; headline: string; slug: string };

// A fixed locale, so the order does not depend on the machine that builds the site. Made on
// first use: creating a page's first Intl object loads locale data (30–80 ms of main thread),
// and the browser only compares headlines when two related articles tie on score and date.
let collator: Intl.Collator | undefined;

/** Compares text the same way on every machine. */
export const compareText = (a: string, b: string): number =>
  (collator ??= new Intl.Collator('en', { sensitivity: 'base', numeric: true })).compare(a, b);

/** Sort order for articles: newest first, undated last, then by headline and slug. */
export function newestFirst(a: Dated, b: Dated): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return compareText(a.headline, b.headline) || compareText(a.slug, b.slug);
}
