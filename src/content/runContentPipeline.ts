import {
  buildReport,
  formatContentError,
  formatReport,
  warningsAsErrors,
} from './buildReport.ts';
import { contentOutputs, type ContentOutputs } from './contentOutputs.ts';
import { loadContent } from './loadContent.ts';

/**
 * One run of the pipeline: the JSON to serve, or every error found. Either way `report` is the
 * table of what became of each file, so a failed build still shows it.
 */
export type PipelineRun =
  | { ok: true; outputs: ContentOutputs; report: string }
  | { ok: false; errors: string[]; report: string };

export type PipelineOptions = {
  /** Warnings (unbalanced quotation marks, unknown speakers, no topic) fail the run too. */
  strict?: boolean;
};

/**
 * Reads the content folder and produces the site's JSON. `dirLabel` is how errors name the folder
 * (`content` → `content/a.txt:3: …`).
 */
export async function runContentPipeline(
  contentDir: string,
  dirLabel: string,
  { strict = false }: PipelineOptions = {},
): Promise<PipelineRun> {
  const build = await loadContent(contentDir);
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
  return { ok: true, outputs: contentOutputs(build, report), report: table };
}
