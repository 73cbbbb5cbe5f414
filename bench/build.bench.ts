/**
 * `npm run bench:build [-- --sizes 10000 --seed 1 --runs 3]`: the build alone at each corpus
 * size, `runs` times over: a cold build (no caches), a rebuild with nothing changed and one after
 * an article changed (see bench/scaleBuild.ts). Prints each run and a Markdown table of medians
 * for the README, and keeps them as `builds` in bench/results/scale.json (the browser figures
 * of `npm run bench:scale` stay as they are). A shared 2-core machine is noisy: the load
 * average is part of every figure.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeCorpus } from '../scripts/gen/writeCorpus.ts';
import { measureBuilds, type BuildFigures, type BuildRun } from './scaleBuild.ts';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    runs: { type: 'string', default: '3' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const seed = Number(values.seed);
const runs = Number(values.runs);

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[middle] ?? NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

type Figures = Omit<BuildRun, 'log'>;
/** Medians over the runs, field by field. */
function medianRun(all: BuildRun[]): Figures {
  const of = (pick: (run: BuildRun) => number) => Number(median(all.map(pick)).toFixed(2));
  return {
    seconds: of((r) => r.seconds),
    cpuSeconds: of((r) => r.cpuSeconds),
    mb: Math.round(median(all.map((r) => r.mb))),
    parsed: of((r) => r.parsed),
    dataMs: of((r) => r.dataMs),
    pages: of((r) => r.pages),
    rendered: of((r) => r.rendered),
    load: of((r) => r.load),
    // Phases of the run of median wall time: a sum of medians would be no run at all.
    phases: [...all].sort((a, b) => a.seconds - b.seconds)[all.length >> 1]?.phases ?? '',
  };
}

/** A row; a run by hand (the 100,000 case) may have the cold build only, and a note. */
type BuildRow = { articles: number; runs: number; note?: string } & Record<
  keyof BuildFigures,
  Figures | null
>;
const rows: BuildRow[] = [];
for (const count of sizes) {
  const work = path.join(root, 'bench/.work', `build-${count}`);
  const contentDir = path.join(work, 'content');
  const outDir = path.join(work, 'dist');
  const measured: BuildFigures[] = [];
  for (let run = 0; run < runs; run++) {
    // A fresh corpus each run: the previous run changed one article.
    rmSync(contentDir, { recursive: true, force: true });
    writeCorpus(contentDir, count, seed, { mkdir: mkdirSync, writeFile: writeFileSync });
    console.log(`\n${count} articles, run ${run + 1} of ${runs}:`);
    measured.push(measureBuilds(root, contentDir, outDir, count));
  }
  rows.push({
    articles: count,
    runs,
    cold: medianRun(measured.map((m) => m.cold)),
    warm: medianRun(measured.map((m) => m.warm)),
    changed: medianRun(measured.map((m) => m.changed)),
  });
  rmSync(work, { recursive: true, force: true });
}

const date = new Date().toISOString().slice(0, 10);
const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root })
  .toString()
  .trim();
const file = path.join(root, 'bench/results/scale.json');
const results = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as object) : {};
const kept = ((results as { builds?: { rows?: BuildRow[] } }).builds?.rows ?? []).filter(
  (row) => !sizes.includes(row.articles),
);
const builds = {
  date,
  commit,
  rows: [...kept, ...rows].sort((a, b) => a.articles - b.articles),
};
mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(file, `${JSON.stringify({ ...results, builds }, null, 2)}\n`);
// As `npm run check` expects it.
execFileSync(path.join(root, 'node_modules/.bin/prettier'), ['--write', file], { stdio: 'ignore' });

console.log(`\nMeasured ${date} at ${commit} (npm run bench:build; medians of each row's runs):\n`);
console.log(
  '| Articles | Runs | Cold build (s) | CPU (s) | Peak memory (MB) | Nothing changed (s) | One article changed (s) | Pages rendered (of) | Load (1 min) |',
);
console.log('| --: | --: | --: | --: | --: | --: | --: | --: | --: |');
const cell = (run: Figures | null, pick: (run: Figures) => string) => (run ? pick(run) : '–');
for (const r of builds.rows) {
  console.log(
    `| ${r.articles.toLocaleString('en')} | ${r.runs} | ${cell(r.cold, (c) => c.seconds.toFixed(1))} | ` +
      `${cell(r.cold, (c) => c.cpuSeconds.toFixed(0))} | ${cell(r.cold, (c) => String(c.mb))} | ` +
      `${cell(r.warm, (w) => w.seconds.toFixed(1))} | ${cell(r.changed, (c) => c.seconds.toFixed(1))} | ` +
      `${cell(r.changed, (c) => `${c.rendered} (${c.pages})`)} | ` +
      `${[r.cold, r.warm, r.changed].map((run) => cell(run, (x) => String(x.load))).join(', ')} |`,
  );
}
