import { beforeEach, describe, expect, it } from 'vitest';
import { applyPageHead, siteOfDocument } from './applyPageHead.ts';
import { pageHeadTags, type PageHead } from './pageHead.ts';

const site = { origin: 'https://saywire.example', base: '/' };

const article: PageHead = {
  title: 'Mayor says “no” – Saywire',
  description: 'The mayor said "no" to the plan.',
  path: '/articles/mayor-says-no-1a2b3c',
  index: true,
  article: {
    headline: 'Mayor says “no”',
    summary: 'The mayor said "no" to the plan.',
    date: '2024-11-19',
    byline: 'A. Writer',
  },
};
const topic: PageHead = {
  title: 'Transport – Saywire',
  description: 'Articles about Transport on Saywire, with every quotation attributed.',
  path: '/topics/transport',
  index: true,
};
const notFound: PageHead = {
  title: 'Page not found – Saywire',
  description: 'Saywire: news that shows who said what.',
  path: '/no/such/page',
  index: false,
};

const meta = (selector: string) => document.head.querySelector(selector)?.getAttribute('content');
const canonical = () => document.head.querySelector('link[rel="canonical"]')?.getAttribute('href');

beforeEach(() => {
  document.head.innerHTML = '<meta charset="utf-8">';
});

describe('applyPageHead', () => {
  it('leaves the head a prerendered page of the same route would have', () => {
    const prerendered = new DOMParser().parseFromString(
      `<head>${pageHeadTags(topic, site)}</head>`,
      'text/html',
    );
    document.head.innerHTML = pageHeadTags(article, site);

    applyPageHead(document, topic, site);

    const tags = (head: HTMLHeadElement) =>
      [...head.children].map((tag) => tag.outerHTML.replace(/\s*\/?>$/, '>')).sort();
    expect(tags(document.head)).toEqual(tags(prerendered.head));
    expect(document.title).toBe('Transport – Saywire');
  });

  it('moves title, description and canonical URL to an article, with its structured data', () => {
    document.head.innerHTML = pageHeadTags(topic, site);

    applyPageHead(document, article, site);

    expect(document.title).toBe('Mayor says “no” – Saywire');
    expect(meta('meta[name="description"]')).toBe('The mayor said "no" to the plan.');
    expect(canonical()).toBe('https://saywire.example/articles/mayor-says-no-1a2b3c');
    expect(meta('meta[property="og:type"]')).toBe('article');
    expect(meta('meta[property="article:published_time"]')).toBe('2024-11-19');
    const data = document.head.querySelector('script[type="application/ld+json"]');
    expect(JSON.parse(data?.textContent ?? '{}')).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Mayor says “no”',
      url: 'https://saywire.example/articles/mayor-says-no-1a2b3c',
    });
  });

  it('keeps a page that is not to be indexed out of search, and lets the next one back in', () => {
    applyPageHead(document, notFound, site);
    expect(meta('meta[name="robots"]')).toBe('noindex');

    applyPageHead(document, topic, site);
    expect(document.head.querySelector('meta[name="robots"]')).toBeNull();
    expect(document.head.querySelector('script[type="application/ld+json"]')).toBeNull();
  });
});

describe('siteOfDocument', () => {
  it('takes the public origin from the canonical link the build wrote', () => {
    document.head.innerHTML = pageHeadTags(topic, site);
    expect(siteOfDocument(document, '/')).toEqual(site);
  });

  it('falls back to the page’s own origin without one', () => {
    expect(siteOfDocument(document, '/news/')).toEqual({
      origin: window.location.origin,
      base: '/news/',
    });
  });
});
