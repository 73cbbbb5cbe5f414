// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { decodeArticle, decodeArticleIndex } from '../core/decodeWire.ts';
import { contentOutputs } from './contentOutputs.ts';
import { loadContent } from './loadContent.ts';
import { runContentPipeline } from './runContentPipeline.ts';
import {
  brokenFiles,
  collidingFileNames,
  makeContentDirWithTaxonomy,
  sampleArticle,
} from './testFixtures.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

async function contentDir(files: Record<string, string | Uint8Array>) {
  const made = await makeContentDirWithTaxonomy(files);
  cleanups.push(made.cleanup);
  return made.dir;
}

describe('loadContent', () => {
  it('accounts for every file: each is an article or an error naming its file and line', async () => {
    const sample = await sampleArticle();
    const [first, second] = collidingFileNames();
    const lead = 'LONDON — Ministers met on Monday to talk about the weather and the sea.';
    const dir = await contentDir({
      'good.txt': sample.text,
      'copy.txt': sample.text,
      [first]: `${lead}\n\n"It was wet," the minister said.\n`,
      [second]: `${lead}\n\nA different second paragraph.\n`,
      'notes.md': '# not an article',
      ...brokenFiles,
    });

    const build = await loadContent(dir);

    expect(build.articles.map((article) => article.source)).toEqual([first, 'copy.txt']);
    expect(build.errors.map(({ file, line }) => `${file}:${line}`)).toEqual([
      'bad-date.txt:1',
      `${second}:1`,
      'empty.txt:1',
      'good.txt:1',
      'image.txt:3',
      'latin1.txt:5',
    ]);
    const reasons = Object.fromEntries(build.errors.map(({ file, message }) => [file, message]));
    expect(reasons['bad-date.txt']).toMatch(/unreadable date "2024-13-45"/);
    expect(reasons[second]).toMatch(/duplicate slug .* already used by clash-/);
    expect(reasons['empty.txt']).toMatch(/empty/);
    expect(reasons['good.txt']).toBe('duplicate article: same text as copy.txt');
    expect(reasons['image.txt']).toMatch(/binary/);
    expect(reasons['latin1.txt']).toMatch(/not valid UTF-8 \(byte 0xE9/);
    expect(build.ignored).toEqual(['notes.md']);
  });

  it('prints errors as content/<file>:<line>: <reason> and reports them all at once', async () => {
    const dir = await contentDir({ 'b.txt': '', 'a.txt': brokenFiles['bad-date.txt'] });

    const run = await runContentPipeline(dir, 'content');

    expect(run).toEqual({
      ok: false,
      errors: [
        expect.stringMatching(/^content\/a\.txt:1: unreadable date/),
        'content/b.txt:1: the file is empty',
      ],
      report: expect.stringContaining('2 files: 0 parsed, 0 with warnings, 2 errors'),
    });
  });

  it('reports a broken taxonomy and still checks the articles', async () => {
    const dir = await contentDir({ 'topics.json': '{\n  "topics": [\n}', 'empty.txt': '' });

    const { errors } = await loadContent(dir);

    expect(errors).toEqual([
      { file: 'empty.txt', line: 1, message: 'the file is empty' },
      { file: 'topics.json', line: expect.any(Number), message: expect.stringMatching(/^invalid JSON/) },
    ]);
  });

  it('throws when the content folder itself is missing', async () => {
    await expect(loadContent('/nonexistent/saywire-content')).rejects.toThrow(
      /cannot read the content folder/,
    );
  });
});

describe('contentOutputs', () => {
  it('writes an index without paragraph bodies and articles that match the wire schema', async () => {
    const sample = await sampleArticle();
    const dir = await contentDir({ [sample.file]: sample.text });
    const build = await loadContent(dir);
    const [article] = build.articles;
    if (!article) throw new Error('the sample article did not parse');

    const outputs = contentOutputs(build);
    const text = (key: string) => {
      const source = outputs.get(key);
      return typeof source === 'string' ? source : '';
    };

    // Speaker files are checked in buildSpeakers.test.ts, search files in buildSearchIndex.test.ts,
    // list shards in buildIndex.test.ts.
    const nonSpeakerKeys = [...outputs.keys()].filter(
      (key) =>
        !key.startsWith('data/speakers') &&
        !key.startsWith('data/search/') &&
        !key.startsWith('data/list/'),
    );
    expect(nonSpeakerKeys).toEqual([
      'data/index.json',
      `data/articles/${article.slug}.json`,
      'data/report.json',
    ]);
    expect(outputs.has('data/list/pages/0.json')).toBe(true);
    const indexJson = text('data/index.json');
    const index = decodeArticleIndex(JSON.parse(indexJson));
    expect(index.ok).toBe(true);
    expect(indexJson).not.toContain('"paragraphs"');
    expect(indexJson).not.toContain('"text"');
    const secondParagraph = article.paragraphs[1];
    expect(secondParagraph).toBeDefined();
    const body = article.text.slice(secondParagraph?.start, secondParagraph?.end);
    expect(indexJson).not.toContain(body.slice(0, 40));

    const decoded = decodeArticle(JSON.parse(text(`data/articles/${article.slug}.json`)));
    expect(decoded).toEqual({ ok: true, value: article });
    expect(JSON.parse(text('data/report.json'))).toMatchObject({
      files: [{ file: sample.file, slug: article.slug, quotes: article.quotes.length }],
      summary: { errors: 0 },
    });
  });

  it('throws, naming the slug, when an article breaks the offset contract', async () => {
    const sample = await sampleArticle();
    const build = await loadContent(await contentDir({ [sample.file]: sample.text }));
    const [article] = build.articles;
    if (!article) throw new Error('the sample article did not parse');
    const broken = {
      ...article,
      quotes: [
        {
          id: 'q-1',
          text: 'not in the text',
          start: 0,
          end: 4,
          paragraph: 0,
          kind: 'direct' as const,
          speakerId: null,
          attribution: 'unknown' as const,
          cue: null,
        },
      ],
    };

    expect(() => contentOutputs({ ...build, articles: [broken] })).toThrow(article.slug);
  });
});
