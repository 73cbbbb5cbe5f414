import type { QueryClient } from '@tanstack/react-query';
import {
  decodeListPair,
  decodeListShard,
  type DecodedListPair,
  type DecodedListShard,
} from '../../core/list/decodeListShard.ts';
import { intersectSorted } from '../../core/list/positions.ts';
import type { Result } from '../../core/result.ts';
import type { ArticleSummary } from '../../core/schema.ts';
import { dataUrl } from '../../ui/dataUrl.ts';
import { fetchJson } from '../../ui/fetchJson.ts';
import { DataLoadError } from '../../ui/loadFailure.ts';
import {
  articleIndexQuery,
  listFilterQuery,
  listPageQuery,
  type Facet,
  type ListFilter,
  type ListView,
} from './api.ts';
import { filtersOfHref } from './listFiltersOfUrl.ts';
import { timedDecode, timedFetch, timedIntersect } from './listMarks.ts';

/*
 * How the list's filters get their data: shards, pair files, their combination and the prefetch
 * on intent. Loaded with the first filter a reader points at (`listFilterData` in api.ts): the
 * first screen never filters, and the first-load bytes are budgeted.
 */

/** Rows a prefetch makes ready: a tall screen plus the list's overscan. */
const FIRST_ROWS = 12;

/**
 * Fetches and decodes one topic's or speaker's shard, or a pair file (`listFilterQuery`); a 404
 * is an unknown id.
 */
export async function loadListFilter(
  facet: Facet,
  id: string,
  signal: AbortSignal,
): Promise<ListFilter> {
  // A pair's id is `<topic>/<speaker>`: a folder and a file.
  const url = dataUrl(`list/${facet}/${id.split('/').map(encodeURIComponent).join('/')}.json`);
  const decode: (input: unknown) => Result<DecodedListPair | DecodedListShard, string> =
    facet === 'pairs' ? decodeListPair : decodeListShard;
  try {
    const shard = await timedFetch(() =>
      fetchJson(url, `the articles of “${id}”`, timedDecode(decode), signal),
    );
    const label = 'label' in shard ? shard.label : '';
    return { kind: 'found', id, label, positions: shard.positions, head: shard.head };
  } catch (error) {
    if (error instanceof DataLoadError && error.failure.kind === 'not-found') {
      return { kind: 'not-found', id };
    }
    throw error;
  }
}

/**
 * The pair file (`<topic>/<speaker>`) of a combination, or null when the build wrote none: it
 * writes one for every topic with each speaker of the index's facet (the chips' combinations).
 */
function pairOf(client: QueryClient, topic: string | null, speaker: string | null): string | null {
  const index = client.getQueryData(articleIndexQuery().queryKey);
  return index?.topics.some((t) => t.id === topic) && index.speakers.some((s) => s.id === speaker)
    ? `${topic}/${speaker}`
    : null;
}

/** `listViewQuery`'s data: see there. */
export async function loadListView(
  client: QueryClient,
  topics: readonly { id: string }[],
  topic: string | null,
  speaker: string | null,
): Promise<ListView> {
  const known = topic !== null && topics.some((t) => t.id === topic);
  const pair = pairOf(client, topic, speaker);
  // fetchQuery, not ensureQueryData: a shard invalidated (content changed in dev) is fetched
  // again rather than served stale.
  const [topicFilter, speakerFilter, pairFilter] = await Promise.all([
    known ? client.fetchQuery(listFilterQuery('topics', topic)) : null,
    speaker !== null ? client.fetchQuery(listFilterQuery('speakers', speaker)) : null,
    pair ? client.fetchQuery(listFilterQuery('pairs', pair)) : null,
  ]);
  const a = topicFilter?.kind === 'found' ? topicFilter : null;
  const b = speakerFilter?.kind === 'found' ? speakerFilter : null;
  const positions =
    a && b ? timedIntersect(a.positions, b.positions) : (a?.positions ?? b?.positions ?? null);
  const summaries = new Map<number, ArticleSummary>();
  for (const filter of [a, b, pairFilter]) {
    if (filter?.kind === 'found') {
      filter.head.forEach((summary, i) => summaries.set(filter.positions[i] ?? -1, summary));
    }
  }
  return {
    topic: topic === null ? null : (topicFilter ?? { kind: 'not-found', id: topic }),
    speaker: speakerFilter,
    positions,
    known: summaries,
  };
}

/**
 * Loads what a filter's first screen needs before it is chosen: its shards (which carry their
 * first articles' summaries) and, when two filters combine (a topic and a speaker, the most
 * `wanted` holds), their pair file (`pairOf`) and the pages of the intersection's first rows
 * that no head holds (none when there is a pair file). Best effort: a failure here is the
 * click's to report, so it is swallowed.
 */
export async function prefetchListFilter(
  client: QueryClient,
  wanted: readonly (readonly [Facet, string])[],
  pageSize: number,
): Promise<void> {
  prefetchFilterLinksWhenIdle(client, pageSize);
  await prefetchFirstScreen(client, wanted, pageSize);
}

async function prefetchFirstScreen(
  client: QueryClient,
  wanted: readonly (readonly [Facet, string])[],
  pageSize: number,
): Promise<void> {
  try {
    const pair = pairOf(client, wanted[0]?.[1] ?? null, wanted[1]?.[1] ?? null);
    const [a, b, c] = await Promise.all(
      [...wanted, ...(pair ? [['pairs', pair] as const] : [])].map(([facet, id]) =>
        client.ensureQueryData(listFilterQuery(facet, id)),
      ),
    );
    // Only two filters found need more: the intersection's first rows that no head holds.
    if (a?.kind !== 'found' || b?.kind !== 'found') return;
    const inHeads = new Set(
      [a, b, c].flatMap((f) =>
        f?.kind === 'found' ? [...f.positions.subarray(0, f.head.length)] : [],
      ),
    );
    const pages = new Set<number>();
    for (const position of intersectSorted(a.positions, b.positions).subarray(0, FIRST_ROWS)) {
      const page = Math.floor(position / pageSize);
      if (page > 0 && !inHeads.has(position)) pages.add(page);
    }
    await Promise.all([...pages].map((page) => client.prefetchQuery(listPageQuery(page))));
  } catch {
    // Nothing to do: choosing the filter fetches again and shows any error.
  }
}

/** Passes over the page's filter links: the last one's number, the one under way, and whether
 * another must follow it. */
let passes = 0;
let running: number | null = null;
let passAgain = false;

/** Stops the pass over the filter links (the list is gone); the next sign of interest starts one. */
export function stopLinksPrefetch(): void {
  passes++;
  passAgain = false;
}

/**
 * Once a reader has shown an interest in filtering (pointed at, touched, focused or clicked a
 * filter link), loads the first screen of every other filter link on the page, one file at a
 * time when the main thread is idle, so the next filter is shown from memory even when the click
 * comes with no hover first (a tap, a script, a quick pointer): a cold click waited ~140–200 ms
 * at 4× CPU throttling for its shard through the offline worker, a cached one ~55 ms. The chips'
 * links carry the other facet's filter, so with a topic on this also loads its pair files. A
 * reader who never filters downloads nothing more; one who asked the browser to save data gets
 * the hover-only prefetch. Another sign of interest during a pass (the links changed with a new
 * filter) runs one more pass; files already loaded cost nothing.
 */
function prefetchFilterLinksWhenIdle(client: QueryClient, pageSize: number): void {
  if ((navigator as { connection?: { saveData?: boolean } }).connection?.saveData) return;
  if (running === passes) {
    passAgain = true;
    return;
  }
  const pass = (running = passes);
  void (async () => {
    do {
      passAgain = false;
      await whenIdle();
      // Stopped while it waited: the list is gone, and the document may be too (a test's
      // environment torn down under a pass left waiting threw from here, unhandled).
      if (pass !== passes) break;
      const hrefs = new Set<string>();
      for (const link of document.querySelectorAll('a[href]')) {
        hrefs.add(link.getAttribute('href') ?? '');
      }
      for (const href of hrefs) {
        if (pass !== passes) break;
        const wanted = filtersOfHref(href, location.origin, import.meta.env.BASE_URL);
        const loaded = (facet: Facet, id: string) =>
          client.getQueryData(listFilterQuery(facet, id).queryKey) !== undefined;
        if (!wanted || wanted.every(([facet, id]) => loaded(facet, id))) continue;
        await whenIdle();
        if (pass === passes) await prefetchFirstScreen(client, wanted, pageSize);
      }
    } while (passAgain && pass === passes);
    if (running === pass) running = null;
  })();
}

/** Resolves when the browser has an idle moment (a timer where it cannot say). */
const whenIdle = () =>
  new Promise<void>((resolve) => {
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(() => resolve(), { timeout: 2000 });
    else setTimeout(resolve, 50);
  });
