import type { Article, Quote } from '../../core/schema.ts';
import { formatDate } from '../../ui/formatDate.ts';

/**
 * What sharing a quote sends: `“quote” — Speaker, role (Agency, date)`, leaving out the parts
 * the article does not have, then the permalink on its own line.
 */
export function quoteShareText(
  article: Pick<Article, 'date' | 'dateline'>,
  quote: Pick<Quote, 'text'>,
  speaker: { name: string; role: string | null } | null,
  permalink: string,
): string {
  const who = speaker ? [speaker.name, speaker.role].filter(Boolean).join(', ') : '';
  const source = [article.dateline?.agency, article.date && formatDate(article.date)]
    .filter(Boolean)
    .join(', ');
  const credit = [who, source && `(${source})`].filter(Boolean).join(' ');
  return `“${quote.text.trim()}”${credit ? ` — ${credit}` : ''}\n${permalink}`;
}
