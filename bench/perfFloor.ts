import type { Article } from '../src/core/schema.ts';

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"]/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char] ?? char,
  );

/**
 * The floor the article page is measured against: the same headline and text as plain static
 * HTML, no script, no stylesheet, no web font. Nothing can paint an article sooner than this.
 */
export function floorPage(article: Article): string {
  const paragraphs = article.paragraphs
    .map(({ start, end }) => `<p>${escapeHtml(article.text.slice(start, end))}</p>`)
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<meta name="description" content="${escapeHtml(article.summary)}">
<title>${escapeHtml(article.headline)}</title>
</head>
<body>
<main>
<article>
<h1>${escapeHtml(article.headline)}</h1>
${paragraphs}
</article>
</main>
</body>
</html>
`;
}
