import { absoluteUrl, newsArticle, type PageHead, type SiteLocation } from './pageHead.ts';

/**
 * Brings the document's head in line with `head` once the app has moved to another page: title,
 * description, canonical URL, robots, Open Graph, Twitter card and an article's `NewsArticle`
 * data, the tags `pageHeadTags` writes into a prerendered page. Without it a shared or
 * bookmarked page would carry the head of the page the reader first opened.
 */
export function applyPageHead(doc: Document, head: PageHead, site: SiteLocation): void {
  const url = absoluteUrl(site, head.path);
  doc.title = head.title;
  setMeta(doc, 'name', 'description', head.description);
  setCanonical(doc, url);
  setMeta(doc, 'name', 'robots', head.index ? null : 'noindex');
  setMeta(doc, 'property', 'og:type', head.article ? 'article' : 'website');
  setMeta(doc, 'property', 'og:title', head.article?.headline ?? head.title);
  setMeta(doc, 'property', 'og:description', head.description);
  setMeta(doc, 'property', 'og:url', url);
  setMeta(doc, 'property', 'article:published_time', head.article?.date ?? null);
  setMeta(doc, 'name', 'twitter:title', head.article?.headline ?? head.title);
  setMeta(doc, 'name', 'twitter:description', head.description);
  const data = doc.head.querySelector('script[type="application/ld+json"]');
  if (!head.article) {
    data?.remove();
    return;
  }
  // A data block, never run: the Content Security Policy allows it like the prerendered one.
  const block = data ?? doc.head.appendChild(doc.createElement('script'));
  block.setAttribute('type', 'application/ld+json');
  block.textContent = JSON.stringify(newsArticle(head.article, url));
}

/**
 * Where the site is published, read from the page's canonical link: the build wrote the public
 * origin there (`SAYWIRE_SITE_URL`), which may differ from the address the page was opened at.
 */
export function siteOfDocument(doc: Document, base: string): SiteLocation {
  const canonical = doc.head.querySelector('link[rel="canonical"]')?.getAttribute('href');
  let origin = doc.location.origin;
  try {
    if (canonical) origin = new URL(canonical).origin;
  } catch {
    // A malformed canonical link: the page's own origin is the next best.
  }
  return { origin, base };
}

/** Sets `<meta key="name" content>`, adding the tag if missing; null removes it. */
function setMeta(doc: Document, key: 'name' | 'property', name: string, content: string | null) {
  const found = [...doc.head.querySelectorAll(`meta[${key}]`)].find(
    (meta) => meta.getAttribute(key) === name,
  );
  if (content === null) {
    found?.remove();
    return;
  }
  const meta = found ?? doc.head.appendChild(doc.createElement('meta'));
  meta.setAttribute(key, name);
  meta.setAttribute('content', content);
}

function setCanonical(doc: Document, url: string) {
  const link =
    doc.head.querySelector('link[rel="canonical"]') ??
    doc.head.appendChild(doc.createElement('link'));
  link.setAttribute('rel', 'canonical');
  link.setAttribute('href', url);
}
