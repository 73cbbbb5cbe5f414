/**
 * The URL of the link a click follows when the app should navigate for it: a plain click (the
 * main button, no modifier: not a new tab or a download) on an `<a href>` in this window, to a
 * page of this app (same origin, under its base path), not already handled. Null otherwise,
 * leaving the click to the browser.
 */
export function inAppLink(event: MouseEvent): URL | null {
  if (event.defaultPrevented || event.button !== 0) return null;
  if (event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return null;
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!(link instanceof HTMLAnchorElement) || (link.target && link.target !== '_self')) return null;
  const url = new URL(link.href);
  const inApp =
    url.origin === window.location.origin && url.pathname.startsWith(import.meta.env.BASE_URL);
  return inApp ? url : null;
}

/** The router path of an in-app URL: its path below the base, its query and its hash. */
export const routerPath = (url: URL): string =>
  `/${url.pathname.slice(import.meta.env.BASE_URL.length)}${url.search}${url.hash}`;
