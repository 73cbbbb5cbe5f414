import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Connect, Plugin } from 'vite';

type Directives = Record<string, string[]>;

/**
 * The production policy: scripts, styles, data and fonts from the site itself only; no inline
 * script, no eval, no plugins, no `<base>`, no framing; no inline style but the page's own
 * stylesheet, allowed by its hash (`withStyleHashes`). Article text is data, so even if markup
 * slipped into the DOM it could not run or restyle the page.
 */
export const PRODUCTION_DIRECTIVES: Directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  // The offline worker (sw.js) and the web app manifest, from the site itself only.
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'frame-ancestors': ["'none'"],
  'form-action': ["'self'"],
};

/**
 * `vite dev` only: the React Refresh preamble is an inline script and Vite injects CSS as
 * `<style>` elements, so dev must allow inline scripts and styles. Never shipped.
 */
const DEV_DIRECTIVES: Directives = {
  ...PRODUCTION_DIRECTIVES,
  'script-src': ["'self'", "'unsafe-inline'"],
  'style-src': ["'self'", "'unsafe-inline'"],
};

const STYLE_ELEMENT = /<style>([\s\S]*?)<\/style>/g;

/** The CSP source that allows a `<style>` element with exactly this text: `'sha256-…'`. */
export function styleHash(css: string): string {
  return `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
}

/**
 * The production policy with `style-src` allowing each `<style>` element of `html` (the
 * stylesheet the build inlines, src/app/inlineStylesheet.ts) and nothing else inline.
 */
export function withStyleHashes(html: string): Directives {
  const hashes = [...html.matchAll(STYLE_ELEMENT)].map(([, css = '']) => styleHash(css));
  const styleSrc = PRODUCTION_DIRECTIVES['style-src'] ?? [];
  return { ...PRODUCTION_DIRECTIVES, 'style-src': [...new Set([...styleSrc, ...hashes])] };
}

/** Browsers ignore these in a `<meta>` policy, and Chromium logs an error for each one. */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/** The policy as a header value; `forMeta` leaves out what a `<meta>` policy may not carry. */
export function serializePolicy(directives: Directives, { forMeta = false } = {}): string {
  return Object.entries(directives)
    .filter(([name]) => !(forMeta && HEADER_ONLY.has(name)))
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

const setHeader =
  (policy: string): Connect.NextHandleFunction =>
  (_request, response, next) => {
    response.setHeader('Content-Security-Policy', policy);
    next();
  };

/**
 * Puts the Content Security Policy on every page: a `<meta>` in each built HTML file (index.html,
 * which every prerendered page and 404.html are filled from), so it holds on any static host,
 * and a header from `vite preview` (which adds frame-ancestors; the style hashes are read from
 * the built index.html) and, with the looser dev policy, from `vite dev`. Runs after the other
 * plugins' HTML changes, so the hashes are those of the final `<style>` text.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'saywire-csp',

    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        // In dev, index.html is served as written; the header carries the dev policy.
        if (context.server) return html;
        const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
        if (!charset) throw new Error(`${context.path}: no <meta charset> to put the CSP after`);
        // Right after the charset, before any script or stylesheet, so the policy covers them all.
        const policy = serializePolicy(withStyleHashes(html), { forMeta: true });
        const at = charset.index + charset[0].length;
        const meta = `\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`;
        return html.slice(0, at) + meta + html.slice(at);
      },
    },

    configureServer(server) {
      server.middlewares.use(setHeader(serializePolicy(DEV_DIRECTIVES)));
    },

    configurePreviewServer(server) {
      const { root, build } = server.config;
      let html = '';
      try {
        html = readFileSync(path.resolve(root, build.outDir, 'index.html'), 'utf8');
      } catch {
        // Nothing built yet: nothing to serve either, and no style to allow.
      }
      server.middlewares.use(setHeader(serializePolicy(withStyleHashes(html))));
    },
  };
}
