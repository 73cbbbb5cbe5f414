import { describe, expect, it } from 'vitest';
import { absoluteUrl, pageHeadTags, type PageHead } from './pageHead.ts';

const site = { origin: 'https://saywire.example', base: '/' };

const article: PageHead = {
  title: 'Mayor says “no” – Saywire',
  description: 'The mayor said "no" to <b>the plan</b> & left.',
  path: '/articles/mayor-says-no-1a2b3c',
  index: true,
  article: {
    headline: 'Mayor says “no”',
    summary: 'The mayor said "no" to <b>the plan</b> & left.',
    date: '2024-11-19',
    byline: 'A. Writer',
  },
};

/** The tags as a DOM, the way a browser or a link-preview crawler reads them. */
function parseHead(html: string): Document {
  return new DOMParser().parseFromString(`<head>${html}</head>`, 'text/html');
}

describe('absoluteUrl', () => {
  it('joins the origin, the base path and the page path with single slashes', () => {
    expect(absoluteUrl(site, '/')).toBe('https://saywire.example/');
    expect(absoluteUrl(site, '/speakers/x')).toBe('https://saywire.example/speakers/x');
    expect(absoluteUrl({ origin: 'https://h.example/', base: '/news/' }, '/articles/a')).toBe(
      'https://h.example/news/articles/a',
    );
  });
});

describe('pageHeadTags', () => {
  it('gives an article its title, description, canonical URL, Open Graph and Twitter tags', () => {
    const head = parseHead(pageHeadTags(article, site));
    const meta = (selector: string) => head.querySelector(selector)?.getAttribute('content');
    const canonical = 'https://saywire.example/articles/mayor-says-no-1a2b3c';

    expect(head.title).toBe('Mayor says “no” – Saywire');
    expect(meta('meta[name="description"]')).toBe(article.description);
    expect(head.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(canonical);
    expect(meta('meta[property="og:type"]')).toBe('article');
    expect(meta('meta[property="og:title"]')).toBe('Mayor says “no”');
    expect(meta('meta[property="og:description"]')).toBe(article.description);
    expect(meta('meta[property="og:url"]')).toBe(canonical);
    expect(meta('meta[property="article:published_time"]')).toBe('2024-11-19');
    expect(meta('meta[name="twitter:card"]')).toBe('summary');
    expect(meta('meta[name="twitter:title"]')).toBe('Mayor says “no”');
    expect(head.querySelector('meta[name="robots"]')).toBeNull();
  });

  it('describes an article as NewsArticle structured data', () => {
    const head = parseHead(pageHeadTags(article, site));
    const blocks = head.querySelectorAll('script[type="application/ld+json"]');

    expect(blocks).toHaveLength(1);
    expect(JSON.parse(blocks[0]?.textContent ?? '')).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Mayor says “no”',
      description: article.description,
      datePublished: '2024-11-19',
      author: { '@type': 'Person', name: 'A. Writer' },
      url: 'https://saywire.example/articles/mayor-says-no-1a2b3c',
      mainEntityOfPage: 'https://saywire.example/articles/mayor-says-no-1a2b3c',
      publisher: { '@type': 'Organization', name: 'Saywire' },
    });
  });

  it('keeps hostile text as text: no element, attribute or script escapes its tag', () => {
    const hostile = '</script><script>alert(1)</script>"><img src=x onerror=alert(2)>';
    const page: PageHead = {
      ...article,
      title: hostile,
      description: hostile,
      article: { headline: hostile, summary: hostile, date: null, byline: hostile },
    };
    const html = pageHeadTags(page, site);
    const head = parseHead(html);

    expect(head.title).toBe(hostile);
    expect(head.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(hostile);
    expect(head.querySelectorAll('img, script:not([type="application/ld+json"])')).toHaveLength(0);
    const data = JSON.parse(head.querySelector('script')?.textContent ?? '');
    expect(data).toMatchObject({ headline: hostile, author: { name: hostile } });
    expect(data).not.toHaveProperty('datePublished');
  });

  it('keeps pages that only make sense on one device out of search results', () => {
    const head = parseHead(
      pageHeadTags(
        { title: 'Saved – Saywire', description: 'd', path: '/saved', index: false },
        site,
      ),
    );

    expect(head.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(head.querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe('website');
    expect(head.querySelector('script')).toBeNull();
  });
});
