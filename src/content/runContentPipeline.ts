import {
  buildReport,
  formatContentError,
  formatReport,
  warningsAsErrors,
} from './buildReport.ts';
import { compileContent } from './compileContent.ts';
import type { ContentCache } from './contentCache.ts';
import { siteOutputs, type ContentOutputs, type StoreOutput } from './contentOutputs.ts';

/**
 * One run of the pipeline: the JSON to serve, or every error found. Either way `report` is the
 * table of what became of each file, so a failed build still shows it.
 */
export type PipelineRun =
  | { ok: true; outputs: ContentOutputs; report: string; stats: PipelineStats }
  | { ok: false; errors: string[]; report: string };

/** What a run did, for the build log: how many articles were parsed, how many came cached. */
export type PipelineStats = { articles: number; parsed: number; milliseconds: number };

export type PipelineOptions = {
  /** Warnings (unbalanced quotation marks, unknown speakers, no topic) fail the run too. */
  strict?: boolean;
  /** Where parsed articles are kept between runs; none parses everything and keeps it in memory. */
  cache?: ContentCache | null;
  /** Where each data file's text goes as it is made; by default it is kept in memory. */
  store?: StoreOutput;
};

/**
 * Reads the content folder and produces the site's JSON. `dirLabel` is how errors name the folder
 * (`content` → `content/a.txt:3: …`).
 */
export async function runContentPipeline(
  contentDir: string,
  dirLabel: string,
  { strict = false, cache = null, store }: PipelineOptions = {},
): Promise<PipelineRun> {
  const started = performance.now();
  const { build, articleFiles, parsed } = await compileContent(contentDir, cache);
  const report = buildReport(build, { strict });
  const table = formatReport(report, dirLabel);
  if (build.errors.length > 0) {
    return {
      ok: false,
      errors: build.errors.map((error) => formatContentError(dirLabel, error)),
      report: table,
    };
  }
  const warnings = strict ? warningsAsErrors(report, dirLabel) : [];
  if (warnings.length > 0) return { ok: false, errors: warnings, report: table };
  const outputs = siteOutputs(build, articleFiles, report, store);
  const stats = {
    articles: build.articles.length,
    parsed,
    milliseconds: Math.round(performance.now() - started),
  };
  return { ok: true, outputs, report: table, stats };
}
