// @vitest-environment node
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { clearBulkyFolders } from './clearOutDir.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function site(files: string[]): { parent: string; outDir: string } {
  const parent = mkdtempSync(path.join(tmpdir(), 'saywire-clear-'));
  dirs.push(parent);
  const outDir = path.join(parent, 'dist');
  for (const file of files) {
    mkdirSync(path.dirname(path.join(parent, file)), { recursive: true });
    writeFileSync(path.join(parent, file), '{}');
  }
  return { parent, outDir };
}

describe('clearBulkyFolders', () => {
  it('takes the data and page folders out of the build folder and deletes them', async () => {
    const { parent, outDir } = site([
      'dist/data/index.json',
      'dist/data/articles/a.json',
      'dist/articles/a.html',
      'dist/speakers/ada.html',
      'dist/topics/rail.html',
      'dist/index.html',
    ]);

    await clearBulkyFolders(outDir);

    // What is left is Vite's to empty.
    expect(readdirSync(outDir)).toEqual(['index.html']);
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  it('also deletes what a build that was killed left aside', async () => {
    const { parent, outDir } = site(['dist.saywire-old-1/data/index.json', 'dist/index.html']);

    await clearBulkyFolders(outDir);

    expect(readdirSync(parent)).toEqual(['dist']);
  });

  it('does nothing when there is no build folder yet', async () => {
    const { parent, outDir } = site([]);

    await clearBulkyFolders(outDir);

    expect(existsSync(outDir)).toBe(false);
    expect(readdirSync(parent)).toEqual([]);
  });
});
