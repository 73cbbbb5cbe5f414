import type { ContentError } from '../core/article/parseArticle.ts';
import type { ContentWarning } from '../core/schema.ts';
import type { ContentBuild } from './buildContent.ts';

/** `data/report.json`: what the build made of each content file, for editors to check. */
export type BuildReport = {
  articles: {
    file: string;
    slug: string;
    quotes: number;
    speakers: string[];
    topics: string[];
    warnings: ContentWarning[];
  }[];
  errors: ContentError[];
  ignored: string[];
};

/** Summarises a content build per file. */
export function buildReport(build: ContentBuild): BuildReport {
  return {
    articles: build.articles.map((article) => ({
      file: article.source,
      slug: article.slug,
      quotes: article.quotes.length,
      speakers: article.speakers.map(({ name }) => name),
      topics: article.topics.map(({ id }) => id),
      warnings: article.warnings,
    })),
    errors: build.errors,
    ignored: build.ignored,
  };
}

/** `content/<file>:<line>: <reason>`, the shape editors and terminals can jump to. */
export function formatContentError(dirLabel: string, error: ContentError): string {
  return `${dirLabel}/${error.file}:${error.line}: ${error.message}`;
}

const MAX_CELL = 40;

/**
 * The report as one compact table for the terminal, followed by any warnings and ignored files.
 * Errors are printed separately, since they stop the build.
 */
export function formatReport(report: BuildReport, dirLabel: string): string {
  const header = ['file', 'slug', 'quotes', 'speakers', 'topics', 'warnings'];
  const rows = report.articles.map((article) => [
    article.file,
    article.slug,
    String(article.quotes),
    article.speakers.join(', ') || '-',
    article.topics.join(', ') || '-',
    String(article.warnings.length),
  ]);
  // File names and slugs are what editors look up, so only the lists are shortened.
  const cells = [header, ...rows].map((row) =>
    row.map((cell, column) => (column < 2 ? cell : clip(cell))),
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
  const quotes = report.articles.reduce((sum, article) => sum + article.quotes, 0);
  const title = `${dirLabel}: ${plural(report.articles.length, 'article')}, ${plural(quotes, 'quote')}`;
  const notes = [
    ...report.articles.flatMap((article) =>
      article.warnings.map(
        (warning) => `${dirLabel}/${article.file}:${warning.line}: warning: ${warning.message}`,
      ),
    ),
    ...report.ignored.map((file) => `${dirLabel}/${file}: ignored (not a .txt article)`),
  ];
  return [title, ...lines.map((line) => `  ${line}`), ...notes].join('\n');
}

function clip(cell: string): string {
  return cell.length > MAX_CELL ? `${cell.slice(0, MAX_CELL - 1)}…` : cell;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
