import { compareText, newestFirst } from '../core/article/newestFirst.ts';
import type {
  Article,
  Quote,
  SpeakerDirectory,
  SpeakerEntry,
  SpeakerProfile,
  SpeakerQuote,
} from '../core/schema.ts';

/**
 * Everyone quoted across the articles: the directory (`data/speakers.json` is its first page,
 * `data/speakers/pages/<n>.json` the others) and one profile per speaker.
 */
export type SpeakerPages = {
  directory: SpeakerDirectory;
  directoryPages: SpeakerDirectory[];
  profiles: SpeakerProfile[];
};

/** Speakers per directory page: about 10 KB gzip. */
export const SPEAKER_PAGE_SIZE = 100;

/** What speaker pages need of an article: a whole `Article` or its digest. */
export type SpeakerSource = Pick<Article, 'slug' | 'headline' | 'date' | 'speakers'> & {
  quotes: Pick<Quote, 'id' | 'text' | 'kind' | 'speakerId'>[];
};

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
export function buildSpeakers(
  articles: readonly SpeakerSource[],
  pageSize = SPEAKER_PAGE_SIZE,
): SpeakerPages {
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
  const directoryPages: SpeakerDirectory[] = [];
  for (let start = 0; start < speakers.length || start === 0; start += pageSize) {
    directoryPages.push({
      speakers: speakers.slice(start, start + pageSize),
      page: directoryPages.length,
      pageSize,
      total: speakers.length,
    });
  }
  const [directory] = directoryPages as [SpeakerDirectory];
  return { directory, directoryPages, profiles };
}
