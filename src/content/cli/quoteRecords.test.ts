// @vitest-environment node
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleArticle } from '../testFixtures.ts';
import { bodyStartOf, quoteRecords } from './quoteRecords.ts';

/** The quotes a careful reader finds in the sample article (hand-checked, shared with core). */
const expectedFile = path.resolve(import.meta.dirname, '../../../tests/fixtures/quotes.expected.json');

describe('bodyStartOf', () => {
  it('skips a valid header line', () => {
    expect(bodyStartOf(' date 2024-11-19 By A Writer\r\n\r\nBody')).toBe(30);
  });

  it('still skips a header line whose date is unreadable', () => {
    expect(bodyStartOf('date 19/11/2024 By A Writer\nBody')).toBe(28);
  });

  it('starts at 0 when there is no header', () => {
    expect(bodyStartOf('LONDON — Body text.')).toBe(0);
  });
});

describe('quoteRecords', () => {
  it('finds the sample article’s quotations, in order, with their speakers', async () => {
    const { text } = await sampleArticle();
    const expected = JSON.parse(await readFile(expectedFile, 'utf8')) as {
      quotes: { text: string; speaker: string | null; kind: string }[];
    };

    const records = quoteRecords(text);

    expect(records.map(({ text, speaker, kind }) => ({ text, speaker, kind }))).toEqual(
      expected.quotes,
    );
  });

  it('keeps offsets into the exact text, BOM and CRLF line endings included', async () => {
    const { text } = await sampleArticle();
    const content = `\uFEFF${text.replaceAll('\n', '\r\n')}`;

    const records = quoteRecords(content);

    expect(records).toHaveLength(10);
    for (const record of records) {
      expect(content.slice(record.start, record.end)).toBe(record.text);
    }
  });
});
