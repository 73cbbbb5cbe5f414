import { describe, expect, it } from 'vitest';
import {
  SAMPLE_FILE,
  SAMPLE_QUOTES,
  SAMPLE_TEXT,
  TAXONOMY,
} from '../../../tests/fixtures/sampleArticle.ts';
import { parseArticle } from './parseArticle.ts';

const parse = (text: string, file = 'test.txt') => parseArticle(text, { file, taxonomy: TAXONOMY });

function parseSample() {
  const result = parse(SAMPLE_TEXT, SAMPLE_FILE);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('parseArticle on the sample', () => {
  const article = parseSample();

  it('reads the header: ISO date and byline', () => {
    expect(article.date).toBe('2024-11-19');
    expect(article.byline).toBe('Vishu Adhana');
  });

  it('reads the dateline place and agency, with offsets covering it', () => {
    expect(article.dateline).toMatchObject({ place: 'New Delhi', agency: 'ANI' });
    const { start, end } = article.dateline ?? { start: 0, end: 0 };
    expect(SAMPLE_TEXT.slice(start, end)).toBe('New Delhi [India], November 19 (ANI): ');
  });

  it('derives a headline from the lead, cut at a clause boundary within 110 characters', () => {
    expect(article.headline).toBe(
      "Russian President Vladimir Putin values Prime Minister Narendra Modi's efforts to resolve the Ukraine conflict",
    );
    expect(article.headline.length).toBeLessThanOrEqual(110);
  });

  it('summarises with the whole lead sentence', () => {
    expect(article.summary).toMatch(/^Russian President Vladimir Putin values .* on Tuesday\.$/);
  });

  it('has a URL-safe slug that stays the same on every parse', () => {
    expect(article.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(parseSample().slug).toBe(article.slug);
  });

  it('splits the body into its 19 paragraphs, header excluded', () => {
    expect(article.paragraphs).toHaveLength(19);
    const first = article.paragraphs[0];
    expect(first && SAMPLE_TEXT.slice(first.start, first.end)).toMatch(/^New Delhi \[India\]/);
  });

  it('finds the ten labelled quotations with their speakers and kinds', () => {
    const speech = article.quotes.filter((quote) => quote.kind !== 'other');
    const names = new Map(article.speakers.map((speaker) => [speaker.id, speaker.name]));
    expect(
      speech.map((quote) => ({
        text: quote.text,
        speaker: quote.speakerId ? names.get(quote.speakerId) : null,
        kind: quote.kind,
      })),
    ).toEqual(SAMPLE_QUOTES);
  });

  it('gives every quotation offsets that slice back to its text, and anchor ids in order', () => {
    article.quotes.forEach((quote, index) => {
      expect(SAMPLE_TEXT.slice(quote.start, quote.end)).toBe(quote.text);
      expect(quote.id).toBe(`q-${index + 1}`);
    });
  });

  it('lists the voices with the roles the text states and their quote counts', () => {
    expect(article.speakers).toEqual([
      {
        id: 'dmitry-peskov',
        name: 'Dmitry Peskov',
        role: 'Kremlin spokesperson',
        kind: 'person',
        quoteCount: 9,
      },
      {
        id: 'narendra-modi',
        name: 'Narendra Modi',
        role: 'Prime Minister',
        kind: 'person',
        quoteCount: 1,
      },
    ]);
  });

  it('tags the topics a reader expects from the taxonomy rules', () => {
    expect(article.topics.map((topic) => topic.id)).toEqual(
      expect.arrayContaining(['russia-ukraine-war', 'india-russia', 'india-china', 'brics']),
    );
    expect(article.topics.map((topic) => topic.id)).not.toContain('middle-east');
    // The United States is named twice in passing: not a story about US–China relations.
    expect(article.topics.map((topic) => topic.id)).not.toContain('us-china');
  });

  it('estimates reading time in whole minutes', () => {
    expect(article.readingMinutes).toBe(4);
  });
});

describe('parseArticle on other files', () => {
  it('reads a file of plain paragraphs with no header', () => {
    const result = parse('The council met on Monday.\n\n"We will act," the mayor said.\n');
    expect(result.ok && result.value).toMatchObject({ date: null, byline: null, dateline: null });
    expect(result.ok && result.value.paragraphs).toHaveLength(2);
  });

  it('parses CRLF and BOM files like any other', () => {
    const unix = parse(
      ' date 2024-01-02 By A Writer\n\nLONDON (Reuters) - First lead sentence here.\n\nSecond.\n',
    );
    const windows = parse(
      '\uFEFF date 2024-01-02 By A Writer\r\n\r\nLONDON (Reuters) - First lead sentence here.\r\n\r\nSecond.\r\n',
    );
    expect(unix.ok && windows.ok).toBe(true);
    if (unix.ok && windows.ok) {
      expect(windows.value.headline).toBe(unix.value.headline);
      expect(windows.value.date).toBe('2024-01-02');
      expect(windows.value.dateline).toMatchObject({ place: 'LONDON', agency: 'Reuters' });
      expect(windows.value.paragraphs).toHaveLength(2);
    }
  });

  it('reads a dateline whose place carries a state in round brackets and a country in square ones', () => {
    const result = parse(
      ' date 2024-11-20 By A Writer\n\nRivertown (Northland) [Freedonia], November 20 (ANI): Lead.\n',
    );
    expect(result.ok && result.value.dateline).toMatchObject({
      place: 'Rivertown',
      agency: 'ANI',
    });
    expect(result.ok && result.value.headline).toBe('Lead');
  });

  it.each([
    ['', 1, /empty/],
    ['  \n\n \n', 1, /empty/],
    [' date 2024-13-45 By Someone\n\nText.', 1, /unreadable date "2024-13-45"/],
    [' date 19/11/2024 By Someone\n\nText.', 1, /unreadable date/],
    [' date 2024-02-30\n\nText.', 1, /unreadable date/],
    ['Fine first paragraph.\n\nthen \u0000\u0001 binary', 3, /binary/],
  ])('rejects %j with the line and the reason', (text, line, reason) => {
    const result = parse(text, 'bad.txt');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.file).toBe('bad.txt');
      expect(result.error.line).toBe(line);
      expect(result.error.message).toMatch(reason);
    }
  });

  it('rejects a header with no body', () => {
    const result = parse(' date 2024-01-02 By A Writer\n');
    expect(result.ok ? null : result.error.message).toMatch(/no body/);
  });
});
