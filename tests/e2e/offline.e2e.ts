import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { findViolations, formatViolations, injectAxe } from './axe.ts';
import { siteUrl, setupBrowser } from './browser.ts';
import { serveBuild } from './builtSite.ts';
import { watchCspViolations } from './cspViolations.ts';
import { firstArticle } from './siteData.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

const { openPage } = setupBrowser();

/** Resolves once the offline worker has installed (precached the shell) and controls the page. */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Whether a data request nobody has made yet reaches the server: offline, it must not. */
const reachesServer = (page: Page) =>
  page.evaluate(
    (url) =>
      fetch(url).then(
        () => true,
        () => false,
      ),
    siteUrl('data/speakers.json?probe'),
  );

const quoteMarks = (page: Page) => page.locator('.article__body mark[data-quote-id]');

describe('offline reading', () => {
  it('reloads the list and an opened article offline, text and highlighted quotes included', async () => {
    const article = await firstArticle();
    const page = await openPage({
      // Offline, the browser logs the probe's failed request.
      expectedErrors: [/net::ERR_FAILED .*data\/speakers\.json\?probe/],
      serviceWorkers: 'allow',
    });
    const violations = await watchCspViolations(page);
    await page.goto(siteUrl());
    await page.getByRole('link', { name: article.headline }).waitFor();
    await waitForServiceWorker(page);
    // Registering the worker and reading the manifest stay within the Content Security Policy.
    expect(await violations()).toEqual([]);
    await page.goto(siteUrl(`articles/${article.slug}`));
    await page.getByRole('heading', { level: 1, name: article.headline }).waitFor();
    const quotesOnline = await quoteMarks(page).count();
    expect(quotesOnline).toBeGreaterThan(0);

    await page.context().setOffline(true);
    expect(await reachesServer(page)).toBe(false);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: article.headline }).waitFor();
    await expect.poll(() => quoteMarks(page).count()).toBe(quotesOnline);
    expect(await page.locator('.article__body').innerText()).toContain(
      article.summary.slice(0, 40),
    );

    await page.goto(siteUrl());
    await page.getByRole('link', { name: article.headline }).waitFor();
    await page.reload();
    await page.getByRole('link', { name: article.headline }).waitFor();
    await page.context().setOffline(false);
  });

  it('offline, an article never opened says the connection is missing instead of a blank page', async () => {
    const article = await firstArticle();
    const page = await openPage({
      // The worker has no copy, so the data request fails, as it would without a worker.
      expectedErrors: [new RegExp(`net::ERR_FAILED .*data/articles/${article.slug}\\.json`)],
      serviceWorkers: 'allow',
    });
    await page.goto(siteUrl());
    await page.getByRole('link', { name: article.headline }).waitFor();
    await waitForServiceWorker(page);

    await page.context().setOffline(true);
    await page.goto(siteUrl(`articles/${article.slug}`));
    await page
      .getByRole('alert')
      .getByText(/Could not reach the server/)
      .waitFor();
    // The shell around it still works: the site's navigation is there.
    await page.getByRole('navigation', { name: 'Site' }).waitFor();
    await page.context().setOffline(false);
  });

  it('a new version waits for the reader: the prompt offers Reload, which switches to it', async () => {
    // A copy of the build whose worker can be replaced, as a deploy would.
    const work = await mkdtemp(path.join(tmpdir(), 'saywire-update-'));
    const outDir = path.join(work, 'dist');
    await cp(path.join(root, 'dist'), outDir, { recursive: true });
    const server = await serveBuild(outDir);
    try {
      const { base } = server;
      const page = await openPage({ serviceWorkers: 'allow' });
      await injectAxe(page);
      await page.goto(base);
      await waitForServiceWorker(page);
      const precaches = () =>
        page.evaluate(async () =>
          (await caches.keys()).filter((name) => name.startsWith('saywire-precache-')),
        );
      const [first] = await precaches();
      expect(first).toMatch(/^saywire-precache-[0-9a-f]+$/);

      // Deploy: the worker's version changes; the open page notices it on its next check.
      const workerFile = path.join(outDir, 'sw.js');
      const worker = await readFile(workerFile, 'utf8');
      await writeFile(workerFile, worker.replace(/"version":"([0-9a-f]+)"/, '"version":"$1next"'));
      await page.evaluate(() => {
        (window as { beforeUpdate?: boolean }).beforeUpdate = true;
        return navigator.serviceWorker
          .getRegistration()
          .then((registration) => registration?.update());
      });

      const prompt = page.getByRole('complementary', { name: 'Update' });
      await prompt.getByRole('status').getByText('A new version of Saywire is ready.').waitFor();
      // Nothing switched under the reader: same document, same worker version.
      expect(await page.evaluate(() => (window as { beforeUpdate?: boolean }).beforeUpdate)).toBe(
        true,
      );
      expect(await precaches()).toContain(first);
      expect(formatViolations('update prompt', await findViolations(page))).toBe('');

      await prompt.getByRole('button', { name: 'Reload' }).click();
      await page.waitForFunction(() => !(window as { beforeUpdate?: boolean }).beforeUpdate);
      await page.getByRole('navigation', { name: 'Site' }).waitFor();
      await expect.poll(precaches).toEqual([`${first}next`]);
    } finally {
      await server.close();
      await rm(work, { recursive: true, force: true });
    }
  });
});
