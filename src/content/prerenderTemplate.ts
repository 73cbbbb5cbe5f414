import { PRERENDER_STATE_ID } from '../app/prerenderState.ts';

/** A rendered route's pieces (see `renderRoute` in `src/app/entryServer.tsx`). */
export type PagePieces = { head: string; body: string; state: string };

const ROOT = '<div id="root"></div>';
/** The shell's own title and description, which each page replaces with its own. */
const SHELL_HEAD = [/<title>[^<]*<\/title>\s*/, /<meta name="description"[^>]*>\s*/];

/**
 * The built `index.html` with a page poured in: its head tags before `</head>`, its markup in
 * `#root`, and its state in an inert JSON block after it. Pure: the same pieces always give the
 * same file, so an incremental build can skip pages whose inputs did not change.
 * Splices by position, never with `String.replace` patterns, so `$&` in article text stays text.
 */
export function fillTemplate(template: string, page: PagePieces): string {
  let html = template;
  for (const pattern of SHELL_HEAD) html = html.replace(pattern, '');
  const headEnd = html.indexOf('</head>');
  const root = html.indexOf(ROOT);
  if (headEnd < 0 || root < headEnd) {
    throw new Error(`index.html needs a </head> and then an empty ${ROOT} to prerender into`);
  }
  const state = `<script type="application/json" id="${PRERENDER_STATE_ID}">${page.state}</script>`;
  return (
    html.slice(0, headEnd) +
    `  ${page.head}\n  ` +
    html.slice(headEnd, root) +
    `<div id="root">${page.body}</div>\n    ${state}` +
    html.slice(root + ROOT.length)
  );
}

/**
 * The file a route is written to: `/` → `index.html`, `/articles/x` → `articles/x.html`, which
 * static hosts and `vite preview` serve for `/articles/x` without a trailing slash.
 */
export function htmlFileFor(route: string): string {
  const path = route.replace(/^\/+|\/+$/g, '');
  return path === '' ? 'index.html' : `${path}.html`;
}
