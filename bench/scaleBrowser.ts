/**
 * The browser half of `bench:scale`: scrolling the list and timing filters in a page that the
 * caller has throttled. Timings come from the page's own clock (`performance.now()`), from the
 * click to the moment the filtered list's status and first rows are in the DOM.
 */
import type { Page } from 'playwright-core';

/** Loads the list, scrolls ten screens, and returns the most elements the page ever held. */
export async function measureScroll(page: Page, base: string): Promise<number> {
  await page.goto(base);
  await page.locator('.article-list .card__headline').first().waitFor();
  let max = 0;
  for (let step = 0; step < 10; step++) {
    max = Math.max(max, await page.evaluate(() => document.getElementsByTagName('*').length));
    await page.evaluate(() => window.scrollBy(0, window.innerHeight));
    await page.waitForTimeout(100);
  }
  return max;
}

/** In the page: click the run's chip, resolve with the time until the filtered list shows. */
const FILTER_RUN = `(async () => {
  const run = RUN;
  const selector = run % 2 === 0 ? 'nav[aria-label="Filter by topic"] a' : 'nav[aria-label="Filter by speaker"] a';
  const chips = [...document.querySelectorAll(selector)].filter((a) => a.getAttribute('aria-current') !== 'page');
  const chip = chips[(run >> 1) % Math.max(1, chips.length)];
  if (!chip) return NaN;
  const label = (chip.childNodes[0] && chip.childNodes[0].textContent || '').trim();
  const done = () => {
    const title = (document.querySelector('h1') || {}).textContent || '';
    const listed = label.startsWith('All') || title.includes(label);
    const rows = document.querySelector('.article-list li, .state--empty');
    return listed && rows && !document.querySelector('.card--pending');
  };
  const start = performance.now();
  chip.click();
  await new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (done()) { observer.disconnect(); resolve(); }
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  return performance.now() - start;
})()`;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

/**
 * Clicks topic chips in turn, and a speaker chip with a topic on, `runs` times each, and times
 * each until the new status and rows show (no row waiting for its page).
 */
export async function measureFilters(
  page: Page,
  base: string,
  runs: number,
): Promise<{ p50: number; p95: number }> {
  await page.goto(base);
  await page.locator('.article-list .card__headline').first().waitFor();
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    // A string, not a function: the bundler would wrap named inner functions in a helper the
    // page does not have.
    const ms = Number(await page.evaluate(FILTER_RUN.replace('RUN', String(run))));
    if (Number.isFinite(ms)) times.push(ms);
    await page.waitForTimeout(50);
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}
