// @vitest-environment node
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ArticleDigest } from './articleDigest.ts';
import {
  readContentIndex,
  unchangedEntry,
  updateContentIndex,
  type IndexEntry,
} from './contentIndex.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const indexFile = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'saywire-index-'));
  dirs.push(dir);
  return path.join(dir, 'index.ndjson');
};

const NOW = 1_800_000_000_000;
/** An entry as a build that started reading at `scannedAt` records it (digest trimmed). */
const entry = (file: string, size: number, scannedAt = NOW): IndexEntry => ({
  file,
  size,
  mtimeMs: NOW - 60_000,
  ctimeMs: NOW - 60_000,
  ino: size,
  textHash: `hash-${file}-${size}`,
  key: `key-${file}-${size}`,
  digest: { source: file, slug: file.replace('.txt', '') } as ArticleDigest,
  scannedAt,
});
const lines = (file: string) => readFileSync(file, 'utf8').trimEnd().split('\n').length;
const asMap = (entries: IndexEntry[]) => new Map(entries.map((e) => [e.file, e]));

describe('the content index', () => {
  it('appends what changed and what is gone; reading it back gives the latest of each', () => {
    const file = indexFile();
    const first = [entry('a.txt', 1), entry('b.txt', 2), entry('c.txt', 3)];
    updateContentIndex(file, readContentIndex(file), asMap(first), first, []);
    expect(lines(file)).toBe(4);

    const changedB = entry('b.txt', 20);
    const now = asMap([first[0] as IndexEntry, changedB]);
    updateContentIndex(file, readContentIndex(file), now, [changedB], ['c.txt']);

    expect(lines(file)).toBe(6);
    expect(readContentIndex(file).entries).toEqual(now);
  });

  it('rewrites itself whole once many lines are stale', () => {
    const file = indexFile();
    const one = [entry('a.txt', 1)];
    updateContentIndex(file, readContentIndex(file), asMap(one), one, []);
    for (let size = 2; size < 200; size++) {
      const next = [entry('a.txt', size)];
      updateContentIndex(file, readContentIndex(file), asMap(next), next, []);
    }
    expect(lines(file)).toBeLessThan(110);
    expect(readContentIndex(file).entries.get('a.txt')?.size).toBe(199);
  });

  it('is rewritten, not appended to, when most files changed at once', () => {
    const file = indexFile();
    const names = Array.from({ length: 400 }, (_, i) => `f${i}.txt`);
    const first = names.map((name) => entry(name, 1));
    updateContentIndex(file, readContentIndex(file), asMap(first), first, []);
    const next = names.map((name) => entry(name, 2));
    updateContentIndex(file, readContentIndex(file), asMap(next), next, []);

    expect(lines(file)).toBe(401);
    expect(readContentIndex(file).entries).toEqual(asMap(next));
  });

  it('survives a partial last line: the older entry stands and the next update rewrites', () => {
    const file = indexFile();
    const first = [entry('a.txt', 1), entry('b.txt', 2)];
    updateContentIndex(file, readContentIndex(file), asMap(first), first, []);
    appendFileSync(file, '["b.txt",20,17999');

    const read = readContentIndex(file);
    expect(read.entries).toEqual(asMap(first));
    updateContentIndex(file, read, asMap(first), [entry('b.txt', 2)], []);
    expect(lines(file)).toBe(3);
  });

  it('keeps every character of long and non-ASCII lines, however the write buffer splits them', () => {
    const file = indexFile();
    const quote = (text: string) => ({ id: 'q-1', text, kind: 'direct', speakerId: null });
    const withQuote = (name: string, size: number, text: string): IndexEntry => {
      const base = entry(name, size);
      return { ...base, digest: { ...base.digest, quotes: [quote(text)] } as ArticleDigest };
    };
    const written = [
      withQuote('a.txt', 1, 'Café’s “menu” — 東京 🙂'),
      // Longer than the 8 MB buffer holds at 3 bytes a character: written on its own.
      withQuote('b.txt', 2, 'é'.repeat(3_000_000)),
      ...Array.from({ length: 2_000 }, (_, i) => withQuote(`c${i}.txt`, i + 3, '’'.repeat(2_000))),
    ];
    updateContentIndex(file, readContentIndex(file), asMap(written), written, []);
    expect(lines(file)).toBe(written.length + 1);
    expect(readContentIndex(file).entries).toEqual(asMap(written));
  });

  it('trusts an entry only when the file looks untouched and was settled before the scan', () => {
    const index = { entries: asMap([entry('a.txt', 1)]), lines: 1 };
    const same = { size: 1, mtimeMs: NOW - 60_000, ctimeMs: NOW - 60_000, ino: 1 };

    expect(unchangedEntry(index, 'a.txt', same)).not.toBeNull();
    expect(unchangedEntry(index, 'a.txt', { ...same, size: 2 })).toBeNull();
    expect(unchangedEntry(index, 'a.txt', { ...same, mtimeMs: NOW - 1 })).toBeNull();
    expect(unchangedEntry(index, 'a.txt', { ...same, ino: 9 })).toBeNull();
    expect(unchangedEntry(index, 'b.txt', same)).toBeNull();
    // Saved a second before the scan that read it: a change in the same tick could hide.
    const racy = { entries: asMap([{ ...entry('a.txt', 1), scannedAt: NOW - 59_000 }]), lines: 1 };
    expect(unchangedEntry(racy, 'a.txt', same)).toBeNull();
  });
});
