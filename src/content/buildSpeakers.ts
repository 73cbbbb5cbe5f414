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

/** The article's speaker of `id`; of two with the same id, the later one, as it always was. */
const speakerOf = (article: SpeakerSource, id: string) =>
  article.speakers.findLast((speaker) => speaker.id === id);

/**
 * A speaker's directory entry and where their quotations are, without the quotations:
 * `places` holds, per quotation in profile order, the article's position in the articles
 * grouped and the quotation's position in that article (two numbers each).
 */
export type SpeakerQuotes = { entry: SpeakerEntry; places: number[] };

/**
 * Every attributed quotation by speaker id, as places rather than copies, with each speaker's
 * directory entry; most quoted first, then by name. `articles` must be newest first (undated
 * last): a profile lists quotations in that order, in document order within an article. Scare
 * quotes and titles (`kind: 'other'`) are not anyone's words. A profile is made from its places
 * when it is written (`speakerProfile`), so a 100,000-article build never holds every
 * speaker's quotations at once.
 */
export function groupSpeakerQuotes(articles: readonly SpeakerSource[]): SpeakerQuotes[] {
  const bySpeaker = new Map<string, SpeakerQuotes & { lastArticle: number }>();
  articles.forEach((article, at) => {
    article.quotes.forEach((quote, index) => {
      if (quote.kind === 'other' || quote.speakerId === null) return;
      const speaker = speakerOf(article, quote.speakerId);
      if (!speaker) return;
      let group = bySpeaker.get(speaker.id);
      if (!group) {
        const entry = { id: speaker.id, name: speaker.name, roles: [], quoteCount: 0, articleCount: 0 };
        group = { entry, places: [], lastArticle: -1 };
        bySpeaker.set(speaker.id, group);
      }
      const { entry } = group;
      if (speaker.role !== null && !entry.roles.includes(speaker.role)) entry.roles.push(speaker.role);
      entry.quoteCount++;
      // Articles come in order, so a speaker's next article is a new one.
      if (group.lastArticle !== at) entry.articleCount++;
      group.lastArticle = at;
      group.places.push(at, index);
    });
  });
  return [...bySpeaker.values()]
    .map(({ entry, places }) => ({ entry, places }))
    .sort((a, b) => b.entry.quoteCount - a.entry.quoteCount || compareText(a.entry.name, b.entry.name));
}

/** The profile (`data/speakers/<id>.json`) of a speaker grouped from `articles`. */
export function speakerProfile(
  articles: readonly SpeakerSource[],
  { entry, places }: SpeakerQuotes,
): SpeakerProfile {
  const quotes: SpeakerQuote[] = [];
  for (let at = 0; at < places.length; at += 2) {
    const article = articles[places[at] ?? -1];
    const quote = article?.quotes[places[at + 1] ?? -1];
    const speaker = article && speakerOf(article, entry.id);
    if (!article || !quote || !speaker) throw new Error(`Saywire bug: a lost quotation of ${entry.id}`);
    quotes.push({
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
  return { ...entry, quotes };
}

/** The directory in pages of `pageSize`, most quoted first; one empty page when nobody is. */
export function speakerDirectoryPages(
  speakers: readonly SpeakerQuotes[],
  pageSize = SPEAKER_PAGE_SIZE,
): SpeakerDirectory[] {
  const entries = speakers.map(({ entry }) => entry);
  const pages: SpeakerDirectory[] = [];
  for (let start = 0; start < entries.length || start === 0; start += pageSize) {
    pages.push({
      speakers: entries.slice(start, start + pageSize),
      page: pages.length,
      pageSize,
      total: entries.length,
    });
  }
  return pages;
}

/**
 * Gathers every attributed quotation by speaker id, across articles: `data/speakers.json` and
 * `data/speakers/<id>.json`, every profile at once (tests and small folders; the pipeline
 * makes one profile at a time). Quotes are newest article first (undated last), in document
 * order within an article; the directory is most quoted first, then by name.
 */
export function buildSpeakers(
  articles: readonly SpeakerSource[],
  pageSize = SPEAKER_PAGE_SIZE,
): SpeakerPages {
  const sorted = [...articles].sort(newestFirst);
  const speakers = groupSpeakerQuotes(sorted);
  const directoryPages = speakerDirectoryPages(speakers, pageSize);
  const [directory] = directoryPages as [SpeakerDirectory];
  return { directory, directoryPages, profiles: speakers.map((s) => speakerProfile(sorted, s)) };
}
