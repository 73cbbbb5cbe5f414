/**
 * `npm run bench:quotes`: quote engine throughput on synthetic news text, 1 MB and 10 MB side by
 * side. Prints medians of several runs and the 10 MB / 1 MB time ratio (linear cost ≈ 10).
 *
 * The npm script runs Node with `--single-threaded-gc`: the engine runs on one core, and with the
 * default collector part of its garbage collection runs on helper threads, so the process's CPU
 * time counted other cores' work and its wall time left it out. With one thread for everything,
 * CPU time is the one-core cost, and wall time equals it on an idle machine.
 *
 * `npm run bench:quotes -- --against DIR` also times another copy of the engine (for example
 * `git archive <rev> src | tar -x -C DIR`) on the same text, the two runs interleaved, so a shared
 * machine's load falls on both alike.
 *
 * `--articles DIR` (repeatable) also times real articles, the slow case: every `.txt` file in the
 * directories one by one (as the content pipeline reads them), and their bodies joined into one
 * text (a long text's cost must stay linear in its names, too). Real news holds far more names
 * per megabyte than the synthetic text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { splitParagraphs } from '../src/core/article/splitParagraphs.ts';
import { analyzeQuotes } from '../src/core/quotes/analyzeQuotes.ts';
import type { Span } from '../src/core/schema.ts';
import { bodyStartOf } from '../src/content/cli/quoteRecords.ts';
import { syntheticNews } from './syntheticNews.ts';

const MB = 1024 * 1024;

type Engine = {
  label: string;
  analyze: (text: string, paragraphs: readonly Span[]) => { quotes: readonly unknown[] };
  split: (text: string, bodyStart?: number) => Span[];
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** One timed run: wall time and CPU time of this process (less disturbed by a busy machine). */
function runOnce(engine: Engine, text: string): { ms: number; cpuMs: number; quotes: number } {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const quotes = engine.analyze(text, engine.split(text)).quotes.length;
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpuBefore);
  return { ms, cpuMs: (used.user + used.system) / 1000, quotes };
}

async function loadEngine(dir: string): Promise<Engine> {
  const root = path.resolve(dir);
  const quotes = (await import(path.join(root, 'src/core/quotes/analyzeQuotes.ts'))) as {
    analyzeQuotes: Engine['analyze'];
  };
  const paragraphs = (await import(path.join(root, 'src/core/article/splitParagraphs.ts'))) as {
    splitParagraphs: Engine['split'];
  };
  return {
    label: path.basename(root),
    analyze: quotes.analyzeQuotes,
    split: paragraphs.splitParagraphs,
  };
}

const { values } = parseArgs({
  options: {
    against: { type: 'string' },
    articles: { type: 'string', multiple: true },
    // "1,10" by default; "--sizes=" times the articles alone.
    sizes: { type: 'string', default: '1,10' },
  },
});
const engines: Engine[] = [{ label: 'this tree', analyze: analyzeQuotes, split: splitParagraphs }];
if (values.against) engines.push(await loadEngine(values.against));

const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
console.log(`load average before: ${load()}`);
console.log(
  process.execArgv.includes('--single-threaded-gc')
    ? 'garbage collection: on the engine thread (--single-threaded-gc)'
    : 'garbage collection: with helper threads (CPU time includes their work)',
);
const warm = syntheticNews(MB / 4, 7);
for (const engine of engines) for (let run = 0; run < 2; run++) runOnce(engine, warm); // JIT

const sizes = (values.sizes ?? '').split(',').filter(Boolean).map(Number);
const rows = sizes.flatMap((size) => {
  const text = syntheticNews(size * MB, 42);
  const runs = size === 1 ? 9 : 5;
  const timings = engines.map(() => ({ wall: [] as number[], cpu: [] as number[], quotes: 0 }));
  for (let run = 0; run < runs; run++) {
    // Alternate which engine goes first, so neither always runs after the other's garbage.
    for (let k = 0; k < engines.length; k++) {
      const index = run % 2 === 0 ? k : engines.length - 1 - k;
      const timing = timings[index];
      const engine = engines[index];
      if (!timing || !engine) continue;
      const { ms, cpuMs, quotes } = runOnce(engine, text);
      timing.wall.push(ms);
      timing.cpu.push(cpuMs);
      timing.quotes = quotes;
    }
  }
  return timings.map((timing, index) => {
    const cpuMs = median(timing.cpu);
    return {
      engine: engines[index]?.label ?? '',
      size,
      ms: median(timing.wall),
      cpuMs,
      quotes: timing.quotes,
      mbPerSecond: text.length / MB / (cpuMs / 1000),
      wallMbPerSecond: text.length / MB / (median(timing.wall) / 1000),
    };
  });
});

if (rows.length > 0)
  console.log('engine       input   quotes    wall ms   cpu ms   MB/s (cpu)   MB/s (wall)');
for (const row of rows) {
  console.log(
    [
      row.engine.slice(-12).padEnd(13),
      `${row.size} MB`.padEnd(8),
      String(row.quotes).padEnd(10),
      row.ms.toFixed(0).padStart(7),
      row.cpuMs.toFixed(0).padStart(8),
      row.mbPerSecond.toFixed(1).padStart(9),
      row.wallMbPerSecond.toFixed(1).padStart(14),
    ].join(''),
  );
}
for (const engine of engines) {
  const small = rows.find((row) => row.engine === engine.label && row.size === 1);
  const large = rows.find((row) => row.engine === engine.label && row.size === 10);
  if (small && large) {
    console.log(
      `${engine.label}: cpu time ratio 10 MB / 1 MB ${(large.cpuMs / small.cpuMs).toFixed(2)} (linear = 10)`,
    );
  }
}

/** Every article once, one by one: CPU time in total. */
function runArticles(engine: Engine, texts: readonly string[]): number {
  const cpuBefore = process.cpuUsage();
  for (const text of texts) engine.analyze(text, engine.split(text, bodyStartOf(text)));
  const used = process.cpuUsage(cpuBefore);
  return (used.user + used.system) / 1000;
}

if (values.articles?.length) {
  const texts = values.articles.flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => readFileSync(path.join(dir, name), 'utf8')),
  );
  const joined = texts.map((text) => text.slice(bodyStartOf(text))).join('\n\n');
  const bytes = texts.reduce((sum, text) => sum + text.length, 0);
  for (const engine of engines) runArticles(engine, texts.slice(0, 200)); // JIT
  const timings = engines.map(() => ({ each: [] as number[], joined: [] as number[] }));
  for (let run = 0; run < 5; run++) {
    for (let k = 0; k < engines.length; k++) {
      const index = run % 2 === 0 ? k : engines.length - 1 - k;
      const engine = engines[index];
      const timing = timings[index];
      if (!engine || !timing) continue;
      timing.each.push(runArticles(engine, texts));
      timing.joined.push(runOnce(engine, joined).cpuMs);
    }
  }
  console.log(
    `${texts.length} articles, ${(bytes / MB).toFixed(2)} MB (joined: ${(joined.length / MB).toFixed(2)} MB)`,
  );
  console.log('engine       articles   cpu ms   MB/s (cpu)   joined cpu ms   MB/s (cpu)');
  timings.forEach((timing, index) => {
    const each = median(timing.each);
    const whole = median(timing.joined);
    console.log(
      [
        (engines[index]?.label ?? '').slice(-12).padEnd(13),
        'one by one'.padEnd(10),
        each.toFixed(0).padStart(7),
        (bytes / MB / (each / 1000)).toFixed(2).padStart(9),
        whole.toFixed(0).padStart(16),
        (joined.length / MB / (whole / 1000)).toFixed(2).padStart(12),
      ].join(''),
    );
  });
}
console.log(`load average after: ${load()}`);
