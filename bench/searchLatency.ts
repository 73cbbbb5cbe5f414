/**
 * Per-keystroke search latency in a real browser, for `bench:scale` and `bench:search:browser`:
 * types each query into the list page's search field one character at a time and reads the
 * User Timing entries the app leaves (src/features/search/searchMarks.ts):
 *
 * - lookup: the `saywire:search` measure, the index lookup alone (shards already loaded);
 * - keystroke: from the key press (the `keydown` event's `timeStamp`, when the browser took the
 *   input) to the `saywire:search-rendered` mark of the text it made, i.e. until that
 *   keystroke's results are on screen, fetches included. A mark in the field's change handler
 *   (the app had one, `saywire:search-input`, until 2026-11-27) would leave out the wait for a
 *   busy main thread and the key's events before the change, which a reader waits through too.
 *
 * Throttle the CPU first (`throttleCpu(page, 4)`) to measure as on a mid-range phone.
 */
import type { Page } from 'playwright-core';
import { isIndexable, tokenize } from '../src/core/search/searchTokens.ts';

type Json = Record<string, unknown>;

/** Latency figures in milliseconds over every keystroke of every query. */
export type SearchLatency = {
  keystrokes: number;
  /** The very first keystroke with results: it loads the engine, the manifest and shards. */
  firstKeystroke: number;
  lookupP50: number;
  lookupP95: number;
  keystrokeP50: number;
  keystrokeP95: number;
};

/** Slows the page's CPU by `rate` through the Chrome DevTools Protocol. */
export async function throttleCpu(page: Page, rate: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};
const round = (value: number) => Number(value.toFixed(2));

/**
 * Polls from Node until the results of `text` are on screen. `waitForFunction` would evaluate a
 * string inside the page, which the site's CSP (no eval) forbids; `evaluate` goes through the
 * DevTools protocol instead. The timestamps are the page's own, so polling adds no latency.
 */
async function waitForRendered(page: Page, text: string): Promise<void> {
  const check = `performance.getEntriesByName('saywire:search-rendered').some((entry) => entry.detail === ${JSON.stringify(text)})`;
  const deadline = Date.now() + 60_000;
  while (!(await page.evaluate(check))) {
    if (Date.now() > deadline) throw new Error(`no results rendered for "${text}" within 60 s`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * Waits until the app has hydrated the search field (React keeps an element's props under a
 * `__reactProps$…` key once it has taken it over). The list page is prerendered, so the field
 * takes keys long before the app runs; what is typed then is searched for once it hydrates
 * (src/features/search/SearchField.tsx), and its latency would be the boot's, not search's.
 */
async function waitForHydratedField(page: Page): Promise<void> {
  const check = `Object.keys(document.querySelector('input[type=search]') ?? {}).some((key) => key.startsWith('__reactProps$'))`;
  const deadline = Date.now() + 60_000;
  while (!(await page.evaluate(check))) {
    if (Date.now() > deadline) throw new Error('the search field was not hydrated within 60 s');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * In the page: each text the field takes is marked `bench:key` (detail: the text) at the time of
 * the key press that made it (the `keydown` event's `timeStamp`).
 */
export const MARK_KEYS = `(() => {
  let pressed = NaN;
  document.addEventListener('keydown', (event) => { pressed = event.timeStamp; }, true);
  document.addEventListener('input', (event) => {
    if (Number.isNaN(pressed)) return;
    performance.mark('bench:key', { startTime: pressed, detail: event.target.value });
    pressed = NaN;
  }, true);
})()`;

/**
 * Types every query into the search field of the page at `listUrl` (the list view) and returns
 * the latency of each keystroke that has results to show (two characters on).
 */
export async function measureSearchLatency(
  page: Page,
  listUrl: string,
  queries: readonly string[],
): Promise<SearchLatency> {
  await page.goto(listUrl);
  const field = page.getByRole('searchbox', { name: 'Search headlines, quotes and speakers' });
  await field.waitFor();
  await waitForHydratedField(page);
  await page.evaluate(MARK_KEYS);
  const lookups: number[] = [];
  const keystrokes: number[] = [];
  for (const query of queries) {
    await field.fill('');
    await page.evaluate('performance.clearMarks(); performance.clearMeasures();');
    for (let typed = 1; typed <= query.length; typed += 1) {
      const text = query.slice(0, typed);
      await page.keyboard.type(query.charAt(typed - 1));
      if (text.trim().length < 2) continue;
      await waitForRendered(page, text);
    }
    // A string, not a function: the bench runs through tsx, whose helpers do not exist in the page.
    const timings = (await page.evaluate(`(() => {
      const inputs = performance.getEntriesByName('bench:key');
      const rendered = performance.getEntriesByName('saywire:search-rendered');
      return {
        lookups: performance.getEntriesByName('saywire:search').map((entry) => entry.duration),
        keystrokes: rendered.flatMap((mark) => {
          const input = inputs.findLast((entry) => entry.detail === mark.detail);
          return input ? [mark.startTime - input.startTime] : [];
        }),
      };
    })()`)) as { lookups: number[]; keystrokes: number[] };
    lookups.push(...timings.lookups);
    keystrokes.push(...timings.keystrokes);
  }
  return {
    keystrokes: keystrokes.length,
    firstKeystroke: round(keystrokes[0] ?? NaN),
    lookupP50: round(percentile(lookups, 50)),
    lookupP95: round(percentile(lookups, 95)),
    keystrokeP50: round(percentile(keystrokes, 50)),
    keystrokeP95: round(percentile(keystrokes, 95)),
  };
}

/**
 * Twelve queries a reader could type on the site at `base`: the first three searchable words of a
 * quotation and a speaker's name, from six articles spread over the newest 250.
 */
export async function knownQueries(base: string): Promise<string[]> {
  const get = async (file: string) => (await (await fetch(new URL(file, base))).json()) as Json;
  const { slugs } = (await get('data/search/cards/0.json')) as { slugs: string[] };
  const queries: string[] = [];
  for (const slug of slugs.filter((_, i) => i % 41 === 3).slice(0, 6)) {
    const article = (await get(`data/articles/${slug}.json`)) as {
      quotes: { text: string }[];
      speakers: { name: string }[];
    };
    const quote = article.quotes.find(
      (q) => tokenize(q.text).filter((t) => isIndexable(t.term)).length >= 3,
    );
    if (quote) {
      queries.push(
        tokenize(quote.text)
          .filter((t) => isIndexable(t.term))
          .slice(0, 3)
          .map((t) => quote.text.slice(t.start, t.end))
          .join(' '),
      );
    }
    const speaker = article.speakers[0];
    if (speaker) queries.push(speaker.name);
  }
  return queries;
}
