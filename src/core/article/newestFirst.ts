/** What articles are ordered by: their date, then headline and slug. */
type Dated = { date: string | null; headline: string; slug: string };

// A fixed locale, so the order does not depend on the machine that builds the site.
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Compares text the same way on every machine. */
export const compareText = (a: string, b: string): number => collator.compare(a, b);

/** Sort order for articles: newest first, undated last, then by headline and slug. */
export function newestFirst(a: Dated, b: Dated): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return compareText(a.headline, b.headline) || compareText(a.slug, b.slug);
}
