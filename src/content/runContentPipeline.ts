import { formatContentError, formatReport, buildReport } from './buildReport.ts';
import { contentOutputs, type ContentOutputs } from './contentOutputs.ts';
import { loadContent } from './loadContent.ts';

/** One run of the pipeline: the JSON to serve and the report to print, or every error found. */
export type PipelineRun =
  | { ok: true; outputs: ContentOutputs; report: string }
  | { ok: false; errors: string[] };

/**
 * Reads the content folder and produces the site's JSON. `dirLabel` is how errors name the folder
 * (`content` → `content/a.txt:3: …`).
 */
export async function runContentPipeline(
  contentDir: string,
  dirLabel: string,
): Promise<PipelineRun> {
  const build = await loadContent(contentDir);
  if (build.errors.length > 0) {
    return { ok: false, errors: build.errors.map((error) => formatContentError(dirLabel, error)) };
  }
  return {
    ok: true,
    outputs: contentOutputs(build),
    report: formatReport(buildReport(build), dirLabel),
  };
}
