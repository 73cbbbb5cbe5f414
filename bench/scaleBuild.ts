/**
 * The build half of the scale bench: `vite build` of a generated corpus as a user runs it, cold
 * (no caches), again with nothing changed, and again after one article changed, with wall time,
 * CPU time, peak memory (the process and its worker threads) and what the build says it did.
 * Used by `bench/scale.bench.ts` and `npm run bench:build` (`bench/build.bench.ts`).
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { corpusFileName } from '../scripts/gen/generateCorpus.ts';

/** One `vite build`: what `/usr/bin/time` and the build log say. */
export type BuildRun = {
  seconds: number;
  /** User + system CPU seconds, all threads: less sensitive to a busy machine than `seconds`. */
  cpuSeconds: number;
  mb: number;
  /** Articles parsed (the rest came from the content cache) and the pipeline's milliseconds. */
  parsed: number;
  dataMs: number;
  /** Pages prerendered, and how many of them were rendered rather than linked from the cache. */
  pages: number;
  rendered: number;
  /** The 1-minute load average when the build started (2 cores). */
  load: number;
  /** Where the build's time went, as it printed it (`content.read 12 ms, bundle 900 ms, …`). */
  phases: string;
  log: string;
};

/** A cold build, a rebuild with nothing changed and a rebuild after one article changed. */
export type BuildFigures = { cold: BuildRun; warm: BuildRun; changed: BuildRun };

/** `vite build` with `SAYWIRE_CONTENT_DIR=contentDir` into `outDir`, from `root`. */
export function viteBuild(root: string, contentDir: string, outDir: string): BuildRun {
  const vite = path.join(root, 'node_modules/vite/bin/vite.js');
  const load = os.loadavg()[0] ?? NaN;
  const result = spawnSync(
    '/usr/bin/time',
    [
      '-f',
      'TIME %e %M %U %S',
      process.execPath,
      vite,
      'build',
      '--outDir',
      outDir,
      '--emptyOutDir',
    ],
    {
      cwd: root,
      env: { ...process.env, SAYWIRE_CONTENT_DIR: contentDir },
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    },
  );
  const log = `${result.stdout}${result.stderr}`;
  const time = /TIME ([\d.]+) (\d+) ([\d.]+) ([\d.]+)/.exec(log);
  if (result.status !== 0 || !time) throw new Error(`build failed:\n${log.slice(-3000)}`);
  const data = /(\d+) parsed, \d+ from the cache, data in (\d+) ms/.exec(log);
  const pages = /prerendered (\d+) pages \((\d+) rendered/.exec(log);
  const phases = /saywire: phases: (.*)/.exec(log)?.[1] ?? '';
  return {
    seconds: Number(time[1]),
    cpuSeconds: Number(time[3]) + Number(time[4]),
    mb: Number(time[2]) / 1024,
    parsed: Number(data?.[1] ?? NaN),
    dataMs: Number(data?.[2] ?? NaN),
    pages: Number(pages?.[1] ?? NaN),
    rendered: Number(pages?.[2] ?? NaN),
    load: Number(load.toFixed(2)),
    phases,
    log,
  };
}

const describeRun = (run: BuildRun) =>
  `${run.seconds.toFixed(1)} s (CPU ${run.cpuSeconds.toFixed(0)} s), ${run.mb.toFixed(0)} MB, ` +
  `${run.parsed} parsed in ${run.dataMs} ms, ${run.rendered} of ${run.pages} pages rendered, ` +
  `load ${run.load}\n    phases: ${run.phases}`;

/**
 * Builds the corpus in `contentDir` three ways: cold (the caches under
 * `node_modules/.cache/saywire` deleted first), again unchanged, and after appending a
 * sentence to one article (the middle one of `count`).
 */
export function measureBuilds(
  root: string,
  contentDir: string,
  outDir: string,
  count: number,
): BuildFigures {
  rmSync(path.join(root, 'node_modules/.cache/saywire'), { recursive: true, force: true });
  const cold = viteBuild(root, contentDir, outDir);
  console.log(`  cold: ${describeRun(cold)}`);
  const warm = viteBuild(root, contentDir, outDir);
  console.log(`  nothing changed: ${describeRun(warm)}`);
  appendFileSync(path.join(contentDir, corpusFileName(count >> 1)), '\nOne more sentence.\n');
  const changed = viteBuild(root, contentDir, outDir);
  console.log(`  one article changed: ${describeRun(changed)}`);
  return { cold, warm, changed };
}
