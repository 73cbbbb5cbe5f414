import type { Article } from '../core/schema.ts';
import { lineAt } from '../core/text/lineAt.ts';

/**
 * Something an editor should look at in a file that still became an article. `kind` says which
 * check found it, so tools can filter; `--strict` turns every one into a build error.
 */
export type ReportWarning = {
  kind: 'quotation-mark' | 'unknown-speaker' | 'no-topic';
  line: number;
  message: string;
};

const EXCERPT = 40;

/**
 * The warnings of one parsed article: the quote engine's (unbalanced or unclosed quotation
 * marks, empty quotations), each piece of speech nobody could be found to have said, and an
 * article no topic in the taxonomy applies to. In line order.
 */
export function reportWarnings(article: Article): ReportWarning[] {
  const warnings: ReportWarning[] = [
    ...article.warnings.map(({ line, message }) => ({
      kind: 'quotation-mark' as const,
      line,
      message,
    })),
    ...article.quotes
      .filter((quote) => quote.kind !== 'other' && quote.speakerId === null)
      .map((quote) => ({
        kind: 'unknown-speaker' as const,
        line: lineAt(article.text, quote.start),
        message: `no speaker found for the quotation “${shorten(quote.text)}”`,
      })),
  ];
  if (article.topics.length === 0) {
    const lead = article.paragraphs[0]?.start ?? 0;
    warnings.push({
      kind: 'no-topic',
      line: lineAt(article.text, lead),
      message: 'no topic: no entry in topics.json matches this article',
    });
  }
  return warnings.sort((a, b) => a.line - b.line);
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT ? `${flat.slice(0, EXCERPT - 1)}…` : flat;
}
