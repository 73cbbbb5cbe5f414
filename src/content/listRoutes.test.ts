// @vitest-environment node
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listRoutes } from './listRoutes.ts';

const made: string[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('listRoutes', () => {
  it('lists the fixed pages, then a page per article, speaker and topic data file', async () => {
    const outDir = await mkdtemp(path.join(tmpdir(), 'saywire-routes-'));
    made.push(outDir);
    await mkdir(path.join(outDir, 'data/articles'), { recursive: true });
    // Paged directory files live in a subfolder: they are not speakers.
    await mkdir(path.join(outDir, 'data/speakers/pages'), { recursive: true });
    await mkdir(path.join(outDir, 'data/list/topics'), { recursive: true });
    for (const file of [
      'data/list/topics/transport.json',
      'data/list/topics/culture.json',
      'data/articles/b-2.json',
      'data/articles/a-1.json',
      'data/speakers/ada-byron.json',
      'data/speakers/pages/2.json',
    ]) {
      await writeFile(path.join(outDir, file), '{}');
    }

    expect(await listRoutes(outDir)).toEqual([
      '/',
      '/speakers',
      '/settings',
      '/saved',
      '/404',
      '/articles/a-1',
      '/articles/b-2',
      '/speakers/ada-byron',
      '/topics/culture',
      '/topics/transport',
    ]);
  });

  it('lists only the fixed pages for a site without articles', async () => {
    const outDir = await mkdtemp(path.join(tmpdir(), 'saywire-routes-'));
    made.push(outDir);

    expect(await listRoutes(outDir)).toEqual(['/', '/speakers', '/settings', '/saved', '/404']);
  });
});
