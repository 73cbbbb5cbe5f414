import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';

/** Debian's Chromium; elsewhere point SAYWIRE_CHROMIUM at any Chrome or Chromium binary. */
export const CHROMIUM_PATH = process.env.SAYWIRE_CHROMIUM ?? '/usr/bin/chromium';

/** Headless, and quiet: no sandbox (CI runs as root), no GPU, no calls home. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/** An absolute URL on the preview server; `path` is relative to the site's base. */
export const siteUrl = (path = '') => new URL(path, inject('baseUrl')).href;

/** The site's base path (`/` unless the build sets `base`). */
export const basePath = () => new URL(inject('baseUrl')).pathname;

/**
 * Waits until React has taken over the element `selector` names (hydrated or rendered it): a
 * prerendered page is readable, and clickable, long before it responds, and a huge article
 * hydrates for seconds. React keeps each element's props under a `__reactProps$…` key, set as
 * it finishes the element, after the element's children.
 */
export async function waitForReact(page: Page, selector: string, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    (css) => {
      const element = document.querySelector(css);
      return (
        element !== null && Object.keys(element).some((key) => key.startsWith('__reactProps$'))
      );
    },
    selector,
    { timeout, polling: 100 },
  );
}

/**
 * Makes `page.goto` and `page.reload` resolve once the app has taken over the page, not at the
 * load event: the app starts only after the first paint (src/app/boot.ts), so a prerendered
 * page is readable, and clickable, before it responds. Tests act as a reader who waits for it.
 * Every page, error pages included, has a `<main id="main">` React finishes after its content.
 */
function waitForAppOnLoad(page: Page): void {
  const goto = page.goto.bind(page);
  const reload = page.reload.bind(page);
  page.goto = async (...args: Parameters<Page['goto']>) => {
    const response = await goto(...args);
    await waitForReact(page, '#main');
    return response;
  };
  page.reload = async (...args: Parameters<Page['reload']>) => {
    const response = await reload(...args);
    await waitForReact(page, '#main');
    return response;
  };
}

export type PageOptions = {
  viewport?: { width: number; height: number };
  /** Console errors this test expects (say, the 404 of a missing article's data). */
  expectedErrors?: RegExp[];
  /** False opens the page as a reader with JavaScript off sees it (the prerendered HTML). */
  javaScriptEnabled?: boolean;
  /**
   * Blocked unless a test is about the offline worker: `page.route` cannot see requests a worker
   * answers, and a worker's caches would carry one test's data into the next page load.
   */
  serviceWorkers?: 'allow' | 'block';
};

/**
 * One Chromium per test file, a fresh context per page, and a check after every test that no
 * page logged a console error or threw.
 */
export function setupBrowser(): { openPage: (options?: PageOptions) => Promise<Page> } {
  let browser: Browser | undefined;
  let opened: { close: () => Promise<void>; problems: string[] }[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    const pages = opened;
    opened = [];
    await Promise.all(pages.map(({ close }) => close()));
    expect(pages.flatMap(({ problems }) => problems)).toEqual([]);
  });

  return {
    async openPage({
      viewport = { width: 1280, height: 800 },
      expectedErrors = [],
      javaScriptEnabled = true,
      serviceWorkers = 'block',
    }: PageOptions = {}) {
      if (!browser) throw new Error('setupBrowser: the browser is not running yet');
      const context = await browser.newContext({ viewport, javaScriptEnabled, serviceWorkers });
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = `${message.text()} (${message.location().url})`;
        if (!expectedErrors.some((pattern) => pattern.test(text))) {
          problems.push(`console error: ${text}`);
        }
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      opened.push({ close: () => context.close(), problems });
      if (javaScriptEnabled) waitForAppOnLoad(page);
      return page;
    },
  };
}
