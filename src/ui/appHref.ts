/**
 * An app path (`/articles/x`) as a plain link's `href`, under Vite's base path: what `<Link>`
 * writes, for links that a container's `useLinkNavigation` handles.
 */
export const appHref = (path: string): string =>
  `${import.meta.env.BASE_URL}${path.replace(/^\//, '')}`;
