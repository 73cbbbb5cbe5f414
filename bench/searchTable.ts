/**
 * Prints bench/results/search.json as the Markdown tables of docs/search.md:
 * `npx tsx bench/searchTable.ts`.
 */
import { readFileSync } from 'node:fs';

type Run = {
  corpus: string;
  size: number;
  engine: string;
  skipped?: string;
  buildMs?: number;
  rawBytes?: number;
  gzipBytes?: number;
  firstQueryGzipBytes?: number;
  loadMs?: number;
  queryP50Ms?: number;
  queryP95Ms?: number;
  heapBuiltMb?: number;
  recall?: number;
  recallTop10?: number;
};

const results = JSON.parse(readFileSync('bench/results/search.json', 'utf8')) as {
  libraries: Record<string, { gzipBytes: number; usesEval: boolean }>;
  runs: Run[];
};
const kb = (bytes = NaN) => (bytes / 1000).toLocaleString('en', { maximumFractionDigits: 0 });
const n = (value = NaN, digits = 2) =>
  value.toLocaleString('en', { maximumFractionDigits: digits });

console.log('| Library | gzip | eval / new Function |');
console.log('| --- | ---: | --- |');
for (const [name, lib] of Object.entries(results.libraries)) {
  console.log(`| ${name} | ${n(lib.gzipBytes / 1000, 1)} KB | ${lib.usesEval ? 'yes' : 'no'} |`);
}
for (const corpus of [...new Set(results.runs.map((run) => run.corpus))]) {
  console.log(`\n**${corpus}**\n`);
  console.log(
    '| Articles | Engine | Build | Index raw / gzip | First query downloads | Load | Keystroke p50 / p95 | Heap | Found / top 10 |',
  );
  console.log('| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const run of results.runs.filter((r) => r.corpus === corpus)) {
    const size = run.size.toLocaleString('en');
    if (run.skipped) {
      console.log(`| ${size} | ${run.engine} | skipped: ${run.skipped} | | | | | | |`);
      continue;
    }
    console.log(
      `| ${size} | ${run.engine} | ${n((run.buildMs ?? NaN) / 1000, 1)} s | ${kb(run.rawBytes)} / ${kb(run.gzipBytes)} KB | ${kb(run.firstQueryGzipBytes)} KB | ${n(run.loadMs, 1)} ms | ${n(run.queryP50Ms, 3)} / ${n(run.queryP95Ms, 2)} ms | ${n(run.heapBuiltMb, 0)} MB | ${n((run.recall ?? NaN) * 100, 0)} % / ${n((run.recallTop10 ?? NaN) * 100, 0)} % |`,
    );
  }
}
