/**
 * `npm run bench:quotes`: quote engine throughput on synthetic news text, 1 MB and 10 MB side by
 * side. Prints medians of several runs and the 10 MB / 1 MB time ratio (linear cost ≈ 10).
 */
import { splitParagraphs } from '../src/core/article/splitParagraphs.ts';
import { analyzeQuotes } from '../src/core/quotes/analyzeQuotes.ts';
import { syntheticNews } from './syntheticNews.ts';

const MB = 1024 * 1024;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** Median wall time and median CPU time of this process (less disturbed by a busy machine). */
function measure(text: string, runs: number): { ms: number; cpuMs: number; quotes: number } {
  let quotes = 0;
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < runs; run++) {
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    quotes = analyzeQuotes(text, splitParagraphs(text)).quotes.length;
    wall.push(performance.now() - started);
    const used = process.cpuUsage(cpuBefore);
    cpu.push((used.user + used.system) / 1000);
  }
  return { ms: median(wall), cpuMs: median(cpu), quotes };
}

const sizes = [1, 10];
measure(syntheticNews(MB / 4, 7), 2); // warm the JIT before timing
const rows = sizes.map((size) => {
  const text = syntheticNews(size * MB, 42);
  const { ms, cpuMs, quotes } = measure(text, size === 1 ? 9 : 5);
  return { size, ms, cpuMs, quotes, mbPerSecond: text.length / MB / (cpuMs / 1000) };
});

console.log('input   quotes    wall ms   cpu ms   MB/s (cpu)');
for (const row of rows) {
  console.log(
    [
      `${row.size} MB`.padEnd(8),
      String(row.quotes).padEnd(10),
      row.ms.toFixed(0).padStart(7),
      row.cpuMs.toFixed(0).padStart(8),
      row.mbPerSecond.toFixed(1).padStart(9),
    ].join(''),
  );
}
const [small, large] = rows;
if (small && large) {
  console.log(
    `cpu time ratio 10 MB / 1 MB: ${(large.cpuMs / small.cpuMs).toFixed(2)} (linear = 10)`,
  );
}
