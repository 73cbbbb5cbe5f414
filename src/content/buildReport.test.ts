// @vitest-environment node
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import type { BuildReport } from './buildReport.ts';
import { loadContent } from './loadContent.ts';
import { buildReport, formatReport } from './buildReport.ts';
import { runContentPipeline } from './runContentPipeline.ts';
import { isStrictBuild } from './strictMode.ts';
import { brokenFiles, makeContentDir, makeContentDirWithTaxonomy, sampleArticle, sampleTaxonomy } from './testFixtures.ts';
import { saywireContent } from './vitePlugin.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

async function contentDir(files: Record<string, string | Uint8Array>) {
  const made = await makeContentDirWithTaxonomy(files);
  cleanups.push(made.cleanup);
  return made.dir;
}

/** Synthetic articles that parse but deserve a second look, one per kind of warning. */
const WAR_LEAD = 'MOSCOW — Russia and Ukraine held talks about the war on Monday.';
const warningFiles = {
  /** The opening quotation mark on line 3 is never closed. */
  'unclosed.txt': `${WAR_LEAD}\n\n"We will keep talking, Dmitry Peskov told reporters.\n`,
  /** "One official" names nobody. */
  'unknown-speaker.txt': `${WAR_LEAD}\n\n"The talks will go on," one official said.\n`,
  /** A village fete: no topic of the taxonomy applies. */
  'no-topic.txt': 'LONDON — The village fete raised money for the church roof on Saturday.\n',
};

const outcomes = (report: BuildReport) =>
  Object.fromEntries(report.files.map((row) => [row.file, row.outcome]));

describe('the build report', () => {
  it('gives every input file exactly one outcome: files in = rows out', async () => {
    const sample = await sampleArticle();
    const files = {
      [sample.file]: sample.text,
      'copy.txt': sample.text,
      ...warningFiles,
      ...brokenFiles,
      'notes.md': '# not an article',
    };
    const build = await loadContent(await contentDir(files));

    const report = buildReport(build);

    const articleFiles = Object.keys(files)
      .filter((file) => file.endsWith('.txt'))
      .sort();
    expect(report.files.map((row) => row.file)).toEqual(articleFiles);
    expect(outcomes(report)).toEqual({
      [sample.file]: 'parsed',
      'copy.txt': 'error', // the same text as the sample, whose name sorts first
      'unclosed.txt': 'parsed-with-warnings',
      'unknown-speaker.txt': 'parsed-with-warnings',
      'no-topic.txt': 'parsed-with-warnings',
      'empty.txt': 'error',
      'image.txt': 'error',
      'latin1.txt': 'error',
      'bad-date.txt': 'error',
    });
    expect(report.summary).toEqual({
      files: 9,
      parsed: 1,
      parsedWithWarnings: 3,
      errors: 5,
      quotes: 10 + 1 + 1,
    });
    expect(report.files.find((row) => row.file === 'latin1.txt')).toEqual({
      file: 'latin1.txt',
      outcome: 'error',
      line: 5,
      reason: expect.stringMatching(/^not valid UTF-8/),
    });
    expect(report.taxonomy).toEqual({ file: 'topics.json', outcome: 'parsed', topics: 10 });
    expect(report.ignored).toEqual(['notes.md']);
  });

  it('warns about unclosed quotation marks, unknown speakers and articles without a topic', async () => {
    const build = await loadContent(await contentDir(warningFiles));

    const warnings = Object.fromEntries(
      buildReport(build).files.map((row) => [
        row.file,
        row.outcome === 'error' ? [] : row.warnings.map(({ kind, line }) => `${kind}:${line}`),
      ]),
    );

    expect(warnings).toEqual({
      'no-topic.txt': ['no-topic:1'],
      // Inside a quotation that never closes, the engine may or may not find a speaker.
      'unclosed.txt': expect.arrayContaining(['quotation-mark:3']),
      'unknown-speaker.txt': ['unknown-speaker:3'],
    });
  });

  it('prints only its first line and how many more when longer than asked', async () => {
    const build = await loadContent(
      await contentDir({ ...warningFiles, 'notes.md': 'not an article' }),
    );
    const report = buildReport(build);
    const full = formatReport(report, 'content').split('\n');

    const short = formatReport(report, 'content', full.length - 1);

    expect(formatReport(report, 'content', full.length)).toBe(full.join('\n'));
    expect(short).toBe(
      `${full[0]}\n  (${full.length - 1} rows and warnings: see data/report.json)`,
    );
  });

  it('reports a broken taxonomy as the outcome of topics.json', async () => {
    const build = await loadContent(await contentDir({ 'topics.json': '{ "topics": [' }));

    expect(buildReport(build).taxonomy).toMatchObject({ file: 'topics.json', outcome: 'error' });
  });

  it('parses files with a byte-order mark or CRLF line endings like any other', async () => {
    const sample = await sampleArticle();
    const lf = sample.text.replace(/\r\n/g, '\n');
    const variants = {
      lf,
      bom: `\uFEFF${lf}`,
      crlf: lf.replace(/\n/g, '\r\n'),
      'bom+crlf': `\uFEFF${lf.replace(/\n/g, '\r\n')}`,
    };
    const rows = await Promise.all(
      Object.values(variants).map(async (text) => {
        const report = buildReport(await loadContent(await contentDir({ 'article.txt': text })));
        return report.files[0];
      }),
    );

    expect(rows[0]).toMatchObject({ outcome: 'parsed', quotes: 10 });
    for (const row of rows) expect(row).toEqual(rows[0]);
  });
});

describe('--strict', () => {
  it('turns each warning into an error naming file and line; without it the run succeeds', async () => {
    const sample = await sampleArticle();
    const dir = await contentDir({ [sample.file]: sample.text, 'unclosed.txt': warningFiles['unclosed.txt'] });

    const lenient = await runContentPipeline(dir, 'content');
    const strict = await runContentPipeline(dir, 'content', { strict: true });

    expect(lenient.ok).toBe(true);
    expect(strict).toEqual({
      ok: false,
      errors: expect.arrayContaining([
        expect.stringMatching(/^content\/unclosed\.txt:3: quotation mark never closed \(a warning/),
      ]),
      report: expect.stringContaining('unclosed.txt'),
    });
  });

  it('passes content without warnings', async () => {
    const sample = await sampleArticle();
    const run = await runContentPipeline(await contentDir({ [sample.file]: sample.text }), 'content', {
      strict: true,
    });

    expect(run.ok).toBe(true);
  });

  it('fails a real vite build on a warning', async () => {
    const site = await makeContentDir({
      'index.html': '<!doctype html><title>t</title><script type="module" src="/main.js"></script>',
      'main.js': 'document.title = "site";',
    });
    cleanups.push(site.cleanup);
    await mkdir(path.join(site.dir, 'content'));
    const content = { 'topics.json': await sampleTaxonomy(), ...warningFiles };
    for (const [name, body] of Object.entries(content)) {
      await writeFile(path.join(site.dir, 'content', name), body);
    }
    const options = { root: site.dir, configFile: false as const, logLevel: 'silent' as const };

    await build({ ...options, plugins: [saywireContent({ contentDir: 'content', strict: false })] });
    const report = JSON.parse(await readFile(path.join(site.dir, 'dist/data/report.json'), 'utf8'));
    expect(report.summary).toMatchObject({ files: 3, parsedWithWarnings: 3 });

    await expect(
      build({ ...options, plugins: [saywireContent({ contentDir: 'content', strict: true })] }),
    ).rejects.toThrow(/content\/no-topic\.txt:1: no topic/);
  });

  it('is switched on by `vite build -- --strict` or SAYWIRE_STRICT=1', () => {
    expect(isStrictBuild(['node', 'vite', 'build', '--', '--strict'], {})).toBe(true);
    expect(isStrictBuild(['node', 'vite', 'build'], { SAYWIRE_STRICT: '1' })).toBe(true);
    expect(isStrictBuild(['node', 'vite', 'build'], {})).toBe(false);
    expect(isStrictBuild(['node', 'vite', 'build'], { SAYWIRE_STRICT: '0' })).toBe(false);
  });
});
