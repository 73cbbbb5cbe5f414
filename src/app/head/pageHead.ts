import { escapeHtml, jsonForScript } from './escapeHtml.ts';

/** What a page says about itself to browsers, search engines and link previews. */
export type PageHead = {
  /** The document title as the tab shows it ("Headline – Saywire"). */
  title: string;
  description: string;
  /** Site-relative path of the page's canonical URL, starting with `/`, without the base. */
  path: string;
  /** Pages that only make sense on one device or for one URL are kept out of search results. */
  index: boolean;
  /** Present on article pages: Open Graph `article` tags and `NewsArticle` structured data. */
  article?: {
    headline: string;
    summary: string;
    /** ISO date (`2024-11-19`), when the article has one. */
    date: string | null;
    byline: string | null;
  };
};

/** Where the site is published: `origin` (`https://saywire.example`) and Vite's base (`/`). */
export type SiteLocation = { origin: string; base: string };

export const SITE_NAME = 'Saywire';

/** The absolute URL of a site-relative path (`/articles/x`) under the base path. */
export function absoluteUrl(site: SiteLocation, path: string): string {
  const origin = site.origin.replace(/\/+$/, '');
  const base = site.base.endsWith('/') ? site.base : `${site.base}/`;
  return `${origin}${base}${path.replace(/^\/+/, '')}`;
}

/**
 * The `<head>` tags of one page: title, description, canonical URL, Open Graph and Twitter card,
 * robots, and for an article `NewsArticle` JSON-LD. Every value is escaped for where it goes.
 */
export function pageHeadTags(head: PageHead, site: SiteLocation): string {
  const url = absoluteUrl(site, head.path);
  const meta = (key: 'name' | 'property', name: string, content: string) =>
    `<meta ${key}="${name}" content="${escapeHtml(content)}" />`;
  const tags = [
    `<title>${escapeHtml(head.title)}</title>`,
    meta('name', 'description', head.description),
    `<link rel="canonical" href="${escapeHtml(url)}" />`,
    ...(head.index ? [] : [meta('name', 'robots', 'noindex')]),
    meta('property', 'og:site_name', SITE_NAME),
    meta('property', 'og:type', head.article ? 'article' : 'website'),
    meta('property', 'og:title', head.article?.headline ?? head.title),
    meta('property', 'og:description', head.description),
    meta('property', 'og:url', url),
    ...(head.article?.date ? [meta('property', 'article:published_time', head.article.date)] : []),
    meta('name', 'twitter:card', 'summary'),
    meta('name', 'twitter:title', head.article?.headline ?? head.title),
    meta('name', 'twitter:description', head.description),
  ];
  if (head.article) {
    tags.push(
      `<script type="application/ld+json">${jsonForScript(newsArticle(head.article, url))}</script>`,
    );
  }
  return tags.join('\n    ');
}

/** schema.org `NewsArticle` for an article page, as search engines read it. */
export function newsArticle(article: NonNullable<PageHead['article']>, url: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.headline,
    description: article.summary,
    ...(article.date ? { datePublished: article.date } : {}),
    ...(article.byline ? { author: { '@type': 'Person', name: article.byline } } : {}),
    url,
    mainEntityOfPage: url,
    publisher: { '@type': 'Organization', name: SITE_NAME },
  };
}
