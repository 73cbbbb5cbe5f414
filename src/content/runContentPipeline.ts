import {
  buildReport,
  formatContentError,
  formatReport,
  warningsAsErrors,
} from './buildReport.ts';
import { addPhase, type BuildPhases } from './buildPhases.ts';
import { newestFirst } from '../core/article/newestFirst.ts';
import { PAGE_SIZE } from './buildIndex.ts';
import { compileContent, type ParseWorkers } from './compileContent.ts';
import { sha1, type ContentCache } from './contentCache.ts';
import {
  siteOutputs,
  type ContentOutputs,
  type SinceLastBuild,
  type StoreOutput,
} from './contentOutputs.ts';
import { collectGarbage } from './collectGarbage.ts';
import { planDerived, type DerivedBasis } from './derivedPlan.ts';

/**
 * One run of the pipeline: the JSON to serve, or every error found. Either way `report` is the
 * table of what became of each file, so a failed build still shows it.
 */
export type PipelineRun =
  | {
      ok: true;
      outputs: ContentOutputs;
      report: string;
      stats: PipelineStats;
      /** What this run derived its files from, for the next run's plan (with a cache). */
      basis: DerivedBasis | null;
    }
  | { ok: false; errors: string[]; report: string };

/** What a run did, for the build log: how many articles were parsed, how many came cached. */
export type PipelineStats = {
  articles: number;
  parsed: number;
  /** Article files read; the others were known unchanged from the cache's index. */
  read: number;
  /** Worker threads that parsed; 0 when all parsing ran on the main thread. */
  threads: number;
  milliseconds: number;
  /** Where the milliseconds went (`content.read`, `content.parse`, `content.outputs`…). */
  phases: BuildPhases;
};

export type PipelineOptions = {
  /** Warnings (unbalanced quotation marks, unknown speakers, no topic) fail the run too. */
  strict?: boolean;
  /** Where parsed articles are kept between runs; none parses everything and keeps it in memory. */
  cache?: ContentCache | null;
  /** Where each data file's text goes as it is made; by default it is kept in memory. */
  store?: StoreOutput;
  /** Worker threads to parse on when many files changed; none parses on the main thread. */
  workers?: ParseWorkers | null;
  /**
   * The last run's basis and files, so only the derived files that depend on a changed
   * article are made again (see `derivedPlan.ts`).
   */
  since?: (Omit<SinceLastBuild, 'plan'> & { basis: DerivedBasis }) | null;
  /** Longer than this, the report is its first line and a count (see `formatReport`). */
  reportLines?: number;
  /** Called for each article to parse, before it is parsed (the build warms a render worker). */
  onParse?: () => void;
};

/**
 * Reads the content folder and produces the site's JSON. `dirLabel` is how errors name the folder
 * (`content` → `content/a.txt:3: …`).
 */
export async function runContentPipeline(
  contentDir: string,
  dirLabel: string,
  {
    strict = false,
    cache = null,
    store,
    workers = null,
    since = null,
    onParse,
    reportLines,
  }: PipelineOptions = {},
): Promise<PipelineRun> {
  const started = performance.now();
  const phases: BuildPhases = new Map();
  const compiled = await compileContent(contentDir, cache, phases, workers, onParse);
  const { build, articleFiles, parsed, read, threads, keys, before } = compiled;
  // The content index's lines, written, are garbage (see `collectGarbage`).
  collectGarbage();
  let clock = performance.now();
  const report = buildReport(build, { strict });
  const table = formatReport(report, dirLabel, reportLines);
  clock = addPhase(phases, 'content.report', clock);
  if (build.errors.length > 0) {
    return {
      ok: false,
      errors: build.errors.map((error) => formatContentError(dirLabel, error)),
      report: table,
    };
  }
  const warnings = strict ? warningsAsErrors(report, dirLabel) : [];
  if (warnings.length > 0) return { ok: false, errors: warnings, report: table };
  // Sorted once here: the list, speaker and search builders keep this order (newestFirst is a
  // total order, slugs being unique) and find it sorted.
  const ordered = [...build.articles].sort(newestFirst);
  const order = ordered.map(({ source }): [string, string] => [source, keys.get(source) ?? '']);
  const reportContext = sha1(JSON.stringify([report.strict, report.taxonomy, report.ignored]));
  const basis = cache ? { order, reportContext } : null;
  const plan =
    since && basis && planDerived(ordered, keys, before, since.basis, reportContext, PAGE_SIZE);
  const outputs = siteOutputs(
    { ...build, articles: ordered },
    articleFiles,
    report,
    store,
    since && plan ? { ...since, plan } : null,
  );
  addPhase(phases, plan ? 'content.outputs.changed' : 'content.outputs', clock);
  const stats = {
    articles: build.articles.length,
    parsed,
    read,
    threads,
    milliseconds: Math.round(performance.now() - started),
    phases,
  };
  return { ok: true, outputs, report: table, stats, basis };
}
