import type { ContentError } from '../core/article/parseArticle.ts';
import type { Article } from '../core/schema.ts';
import type { ContentBuild } from './buildContent.ts';
import { TAXONOMY_FILE } from './readContentDir.ts';
import { reportWarnings, type ReportWarning } from './reportWarnings.ts';

/** A file the pipeline could not use: where and why. */
export type ErrorOutcome = { file: string; outcome: 'error'; line: number; reason: string };

/** What became of one article file: exactly one of these per `.txt` file in the folder. */
export type FileOutcome =
  | {
      file: string;
      outcome: 'parsed' | 'parsed-with-warnings';
      slug: string;
      quotes: number;
      speakers: string[];
      topics: string[];
      warnings: ReportWarning[];
    }
  | ErrorOutcome;

/** `data/report.json`: what the build made of each content file, for editors to check. */
export type BuildReport = {
  /** Whether warnings fail the build (`--strict`). */
  strict: boolean;
  summary: {
    files: number;
    parsed: number;
    parsedWithWarnings: number;
    errors: number;
    quotes: number;
  };
  /** One row per article file, in file-name order. */
  files: FileOutcome[];
  /** `topics.json`: how many topics it defines, or why it could not be read. */
  taxonomy: { file: string; outcome: 'parsed'; topics: number } | ErrorOutcome;
  /** Files that are neither articles nor the taxonomy; never read. */
  ignored: string[];
};

/**
 * Gives every file of a content build exactly one outcome. A file with neither an article nor
 * an error would be a file silently lost, which is a pipeline bug: it throws.
 */
export function buildReport(
  build: ContentBuild<Article | ReportedArticle>,
  { strict = false } = {},
): BuildReport {
  const errorByFile = new Map<string, ContentError>();
  for (const error of build.errors) {
    if (!errorByFile.has(error.file)) errorByFile.set(error.file, error);
  }
  const articleByFile = new Map(build.articles.map((article) => [article.source, article]));

  const files = build.files.map((file): FileOutcome => {
    const error = errorByFile.get(file);
    if (error) return errorOutcome(error);
    const article = articleByFile.get(file);
    if (!article) throw new Error(`Saywire bug: content file ${file} has no outcome`);
    return 'outcome' in article ? article.outcome : articleOutcome(article);
  });
  const taxonomyError = errorByFile.get(TAXONOMY_FILE);
  const count = (outcome: FileOutcome['outcome']) =>
    files.filter((row) => row.outcome === outcome).length;

  return {
    strict,
    summary: {
      files: files.length,
      parsed: count('parsed'),
      parsedWithWarnings: count('parsed-with-warnings'),
      errors: count('error'),
      quotes: files.reduce((sum, row) => sum + (row.outcome === 'error' ? 0 : row.quotes), 0),
    },
    files,
    taxonomy: taxonomyError
      ? errorOutcome(taxonomyError)
      : { file: TAXONOMY_FILE, outcome: 'parsed', topics: build.taxonomy.topics.length },
    ignored: build.ignored,
  };
}

/** An article already reduced to its report row (see `ArticleDigest`). */
export type ReportedArticle = { source: string; outcome: FileOutcome };

/** The report row of a parsed article. */
export function articleOutcome(article: Article): FileOutcome {
  const warnings = reportWarnings(article);
  return {
    file: article.source,
    outcome: warnings.length > 0 ? 'parsed-with-warnings' : 'parsed',
    slug: article.slug,
    quotes: article.quotes.length,
    speakers: article.speakers.map(({ name }) => name),
    topics: article.topics.map(({ id }) => id),
    warnings,
  };
}

const errorOutcome = ({ file, line, message }: ContentError): ErrorOutcome => ({
  file,
  outcome: 'error',
  line,
  reason: message,
});

/** `content/<file>:<line>: <reason>`, the shape editors and terminals can jump to. */
export function formatContentError(dirLabel: string, error: ContentError): string {
  return `${dirLabel}/${error.file}:${error.line}: ${error.message}`;
}

/** Every warning in the report as a `content/<file>:<line>: …` line, for `--strict` to fail on. */
export function warningsAsErrors(report: BuildReport, dirLabel: string): string[] {
  return report.files.flatMap((row) =>
    row.outcome === 'error'
      ? []
      : row.warnings.map(
          (warning) =>
            `${dirLabel}/${row.file}:${warning.line}: ${warning.message} ` +
            `(a warning; --strict makes warnings errors)`,
        ),
  );
}

const MAX_CELL = 40;

/**
 * The report as one compact table for the terminal, followed by any warnings and ignored files.
 * Errors are printed separately, since they stop the build. Longer than `maxLines`, only its
 * first line and how many more there are: a build of 10,000 articles prints no table, and
 * making it was ~60 ms of every rebuild.
 */
export function formatReport(report: BuildReport, dirLabel: string, maxLines = Infinity): string {
  const title = reportTitle(report, dirLabel);
  const more =
    report.files.length +
    1 +
    report.files.reduce((sum, row) => sum + (row.outcome === 'error' ? 0 : row.warnings.length), 0) +
    report.ignored.length;
  if (more + 1 > maxLines) return `${title}\n  (${more} rows and warnings: see data/report.json)`;
  const header = ['file', 'outcome', 'slug', 'quotes', 'speakers', 'topics', 'warnings'];
  const rows = report.files.map((row) =>
    row.outcome === 'error'
      ? [row.file, row.outcome, '-', '-', '-', '-', '-']
      : [
          row.file,
          row.outcome,
          row.slug,
          String(row.quotes),
          row.speakers.join(', ') || '-',
          row.topics.join(', ') || '-',
          String(row.warnings.length),
        ],
  );
  // File names, outcomes and slugs are what editors look up, so only the lists are shortened.
  const cells = [header, ...rows].map((row) =>
    row.map((cell, column) => (column < 3 ? cell : clip(cell))),
  );
  const widths = header.map((_, column) =>
    Math.max(...cells.map((row) => (row[column] ?? '').length)),
  );
  const lines = cells.map((row) =>
    row
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd(),
  );
  const notes = [
    ...report.files.flatMap((row) =>
      row.outcome === 'error'
        ? []
        : row.warnings.map(
            (warning) => `${dirLabel}/${row.file}:${warning.line}: warning: ${warning.message}`,
          ),
    ),
    ...report.ignored.map((file) => `${dirLabel}/${file}: ignored (not a .txt article)`),
  ];
  return [title, ...lines.map((line) => `  ${line}`), ...notes].join('\n');
}

function reportTitle(report: BuildReport, dirLabel: string): string {
  const { summary } = report;
  return (
    `${dirLabel}: ${plural(summary.files, 'file')}: ${summary.parsed} parsed, ` +
    `${summary.parsedWithWarnings} with warnings, ${plural(summary.errors, 'error')}; ` +
    `${plural(summary.quotes, 'quote')}${report.strict ? ' (strict)' : ''}`
  );
}

function clip(cell: string): string {
  return cell.length > MAX_CELL ? `${cell.slice(0, MAX_CELL - 1)}…` : cell;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
