import type { Connect, Plugin } from 'vite';

type Directives = Record<string, string[]>;

/**
 * The production policy: scripts, styles, data and fonts from the site itself only; no inline
 * script or style, no eval, no plugins, no `<base>`, no framing. Article text is data, so even if
 * markup slipped into the DOM it could not run.
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
 * Puts the Content Security Policy on every page: a `<meta>` in each built HTML file (index.html
 * and the 404.html copied from it), so it holds on any static host, and a header from
 * `vite preview` (which adds frame-ancestors) and, with the looser dev policy, from `vite dev`.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'saywire-csp',

    transformIndexHtml: {
      order: 'pre',
      handler(html, context) {
        // In dev, index.html is served as written; the header carries the dev policy.
        if (context.server) return html;
        const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
        if (!charset) throw new Error(`${context.path}: no <meta charset> to put the CSP after`);
        // Right after the charset, before any script or stylesheet, so the policy covers them all.
        const policy = serializePolicy(PRODUCTION_DIRECTIVES, { forMeta: true });
        const at = charset.index + charset[0].length;
        const meta = `\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`;
        return html.slice(0, at) + meta + html.slice(at);
      },
    },

    configureServer(server) {
      server.middlewares.use(setHeader(serializePolicy(DEV_DIRECTIVES)));
    },

    configurePreviewServer(server) {
      server.middlewares.use(setHeader(serializePolicy(PRODUCTION_DIRECTIVES)));
    },
  };
}
