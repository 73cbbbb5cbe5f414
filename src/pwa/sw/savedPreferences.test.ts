// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  addHtmlAttributes,
  preferenceAttributes,
  withHtmlAttributes,
  withPreferences,
} from './savedPreferences.ts';

const PAGE =
  '<!doctype html>\n<html lang="en">\n  <head><title>t</title></head><body>x</body></html>';

/** A stream that delivers `text` in pieces of `size` bytes, as a network would. */
function streamOf(text: string, size: number): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(at, at + size));
      at += size;
    },
  });
}

describe('preferenceAttributes', () => {
  it('names the stored theme and text size, and nothing for the defaults', () => {
    expect(preferenceAttributes({ theme: 'dark', textSize: 'large' })).toBe(
      ' data-theme="dark" data-text-size="large"',
    );
    expect(preferenceAttributes({ theme: 'light', textSize: 'normal' })).toBe(
      ' data-theme="light"',
    );
    expect(preferenceAttributes({ theme: 'system', textSize: 'x-large' })).toBe(
      ' data-text-size="x-large"',
    );
    expect(preferenceAttributes({ theme: 'system', textSize: 'normal' })).toBe('');
  });

  it('lets no unknown value into the markup', () => {
    expect(preferenceAttributes({ theme: '"><script>', textSize: 'huge' })).toBe('');
    expect(preferenceAttributes(null)).toBe('');
    expect(preferenceAttributes('dark')).toBe('');
  });
});

describe('adding the attributes to a page', () => {
  it('puts them on the <html> start tag only', () => {
    expect(withHtmlAttributes(PAGE, ' data-theme="dark"')).toBe(
      PAGE.replace('<html lang="en">', '<html lang="en" data-theme="dark">'),
    );
    expect(withHtmlAttributes('<!doctype html>\n<ht', ' data-theme="dark"')).toBeUndefined();
  });

  it('streams the page whatever its pieces, split inside the tag or inside a character', async () => {
    const page = PAGE.replace('x</body>', 'Peskov’s “no plans” — ✓</body>');
    const expected = page.replace('<html lang="en">', '<html lang="en" data-text-size="small">');
    for (const size of [1, 3, 7, 20, 10_000]) {
      const body = addHtmlAttributes(streamOf(page, size), ' data-text-size="small"');
      expect(await new Response(body).text()).toBe(expected);
    }
  });

  it('passes a page with no <html> tag unchanged', async () => {
    const page = `<p>${'x'.repeat(10_000)}</p>`;
    const body = addHtmlAttributes(streamOf(page, 1000), ' data-theme="dark"');
    expect(await new Response(body).text()).toBe(page);
  });

  it('rewrites successful HTML responses only, without their old length', async () => {
    const html = new Response(PAGE, {
      headers: { 'content-type': 'text/html', 'content-length': String(PAGE.length) },
    });
    const rewritten = withPreferences(html, ' data-theme="dark"');
    expect(rewritten.headers.get('content-length')).toBeNull();
    expect(await rewritten.text()).toContain('<html lang="en" data-theme="dark">');

    const json = new Response('{}', { headers: { 'content-type': 'application/json' } });
    expect(withPreferences(json, ' data-theme="dark"')).toBe(json);
    const missing = new Response(PAGE, { status: 404, headers: { 'content-type': 'text/html' } });
    expect(withPreferences(missing, ' data-theme="dark"')).toBe(missing);
    const plain = new Response(PAGE, { headers: { 'content-type': 'text/html' } });
    expect(withPreferences(plain, '')).toBe(plain);
  });
});
