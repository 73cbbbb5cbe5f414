// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brownToText } from './brownToText.ts';
import { DEV_SET_DIR, SOURCES, type GoldFile } from './devSet.ts';

const SAMPLE = [
  '',
  '',
  "\t``/`` I/ppss read/vb those/dts stories/nns ,/, Mary/np ''/'' ,/, she/pps said/vbd ./.",
  "``/`` Don't/do* you/ppss ,/, too/rb ?/. ?/.",
  '',
  '',
  "\tHe/pps called/vbd it/ppo a/at ``/`` lousy/jj job/nn ''/'' (/( twice/rb )/) ;/. ;/.",
  "the/at sign/nn read/vbd '/' Keep/vb out/rp '/' ./.",
  '',
].join('\n');

describe('brownToText', () => {
  it("strips tags, spaces tokens as English and turns `` and '' into curly marks", () => {
    const { text } = brownToText(SAMPLE, 'curly');
    expect(text).toBe(
      "\u201cI read those stories, Mary,\u201d she said. \u201cDon't you, too?\n\n" +
        'He called it a \u201clousy job\u201d (twice); the sign read \u2018Keep out\u2019.\n',
    );
  });

  it('writes straight marks when asked, single quotes included', () => {
    const { text } = brownToText(SAMPLE, 'straight');
    expect(text).toContain('"I read those stories, Mary," she said.');
    expect(text).toContain("read 'Keep out'.");
  });

  it('gives each quotation the offsets of the words between its marks', () => {
    const { text, quotes } = brownToText(SAMPLE, 'straight');
    expect(quotes.map((q) => text.slice(q.start, q.end))).toEqual([
      'I read those stories, Mary,',
      "Don't you, too?",
      'lousy job',
    ]);
    expect(quotes.map((q) => q.runsOn)).toEqual([false, true, false]);
  });

  it('refuses the held-out press reportage files', async () => {
    const { brownPath } = await import('./brownToText.ts');
    expect(() => brownPath('ca01')).toThrow(/not a usable/);
  });
});

describe('quotes-dev labels', () => {
  const labelFiles = readdirSync(join(DEV_SET_DIR, 'labels')).filter((f) => f.endsWith('.json'));

  it('has one labels file per source and none from press reportage', () => {
    expect(labelFiles.map((f) => f.replace('.json', '')).sort()).toEqual([...SOURCES].sort());
    expect(labelFiles.some((f) => f.startsWith('ca'))).toBe(false);
  });

  it.each(labelFiles)('%s: every span slices back to its text, in document order', (name) => {
    const gold = JSON.parse(readFileSync(join(DEV_SET_DIR, 'labels', name), 'utf8')) as GoldFile;
    const text = readFileSync(join(DEV_SET_DIR, 'texts', gold.file), 'utf8');
    let previousEnd = 0;
    for (const q of gold.quotes) {
      expect(text.slice(q.start, q.end)).toBe(q.text);
      expect(q.start).toBeGreaterThanOrEqual(previousEnd);
      expect(['direct', 'partial', 'other']).toContain(q.kind);
      if (q.kind === 'other') expect(q.speaker).toBeNull();
      previousEnd = q.end;
    }
  });
});
