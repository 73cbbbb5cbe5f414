import { compareText, newestFirst } from '../core/article/newestFirst.ts';
import type {
  Article,
  SpeakerDirectory,
  SpeakerEntry,
  SpeakerProfile,
  SpeakerQuote,
} from '../core/schema.ts';

/** Everyone quoted across the articles: the directory and one profile per speaker. */
export type SpeakerPages = { directory: SpeakerDirectory; profiles: SpeakerProfile[] };

type Collected = {
  id: string;
  name: string;
  roles: string[];
  slugs: Set<string>;
  quotes: SpeakerQuote[];
};

/**
 * Gathers every attributed quotation by speaker id, across articles: `data/speakers.json` and
 * `data/speakers/<id>.json`. Scare quotes and titles (`kind: 'other'`) are not anyone's words.
 * Quotes are newest article first (undated last), in document order within an article; the
 * directory is most quoted first, then by name.
 */
export function buildSpeakers(articles: readonly Article[]): SpeakerPages {
  const bySpeaker = new Map<string, Collected>();
  for (const article of [...articles].sort(newestFirst)) {
    const speakers = new Map(article.speakers.map((speaker) => [speaker.id, speaker]));
    for (const quote of article.quotes) {
      if (quote.kind === 'other' || quote.speakerId === null) continue;
      const speaker = speakers.get(quote.speakerId);
      if (!speaker) continue;
      let entry = bySpeaker.get(speaker.id);
      if (!entry) {
        entry = { id: speaker.id, name: speaker.name, roles: [], slugs: new Set(), quotes: [] };
        bySpeaker.set(speaker.id, entry);
      }
      if (speaker.role !== null && !entry.roles.includes(speaker.role)) {
        entry.roles.push(speaker.role);
      }
      entry.slugs.add(article.slug);
      entry.quotes.push({
        quoteId: quote.id,
        text: quote.text,
        kind: quote.kind,
        slug: article.slug,
        headline: article.headline,
        date: article.date,
        role: speaker.role,
        permalink: `/articles/${article.slug}#${quote.id}`,
      });
    }
  }
  const profiles: SpeakerProfile[] = [...bySpeaker.values()]
    .map(({ id, name, roles, slugs, quotes }) => ({
      id,
      name,
      roles,
      quoteCount: quotes.length,
      articleCount: slugs.size,
      quotes,
    }))
    .sort((a, b) => b.quoteCount - a.quoteCount || compareText(a.name, b.name));
  const speakers: SpeakerEntry[] = profiles.map(
    ({ id, name, roles, quoteCount, articleCount }) => ({
      id,
      name,
      roles,
      quoteCount,
      articleCount,
    }),
  );
  return { directory: { speakers }, profiles };
}
