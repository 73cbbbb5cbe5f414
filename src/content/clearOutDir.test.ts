// @vitest-environment node
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { clearBulkyFolders, restoreBulkyFolders } from './clearOutDir.ts';

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

    await clearBulkyFolders(outDir).deleted;

    // What is left is Vite's to empty.
    expect(readdirSync(outDir)).toEqual(['index.html']);
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  it('also deletes what a build that was killed left aside', async () => {
    const { parent, outDir } = site(['dist.saywire-old-1/data/index.json', 'dist/index.html']);

    await clearBulkyFolders(outDir).deleted;

    expect(readdirSync(parent)).toEqual(['dist']);
  });

  it('does nothing when there is no build folder yet', async () => {
    const { parent, outDir } = site([]);

    await clearBulkyFolders(outDir).deleted;

    expect(existsSync(outDir)).toBe(false);
    expect(readdirSync(parent)).toEqual([]);
  });

  it('keeps the folders aside when asked, and puts them back once Vite has emptied the rest', async () => {
    const { parent, outDir } = site([
      'dist/data/index.json',
      'dist/articles/a.html',
      'dist/index.html',
      'dist.saywire-old-1/data/index.json',
    ]);

    const { deleted, kept } = clearBulkyFolders(outDir, { keep: true });
    await deleted;
    expect(readdirSync(outDir)).toEqual(['index.html']);
    if (!kept) throw new Error('nothing was kept');

    const { restored } = restoreBulkyFolders(kept, outDir);
    expect(restored).toBe(true);
    expect(readdirSync(outDir).sort()).toEqual(['articles', 'data', 'index.html']);
    expect(existsSync(path.join(outDir, 'data/index.json'))).toBe(true);
    // What the killed build left is gone, and so is the folder the kept ones waited in.
    expect(readdirSync(parent)).toEqual(['dist']);
  });
});
