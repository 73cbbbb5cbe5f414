export type SaywireContentOptions = {
  /** The folder of `*.txt` articles and `topics.json`, relative to the Vite root. */
  contentDir: string;
  /** Fail the build on content warnings too; by default from `--strict` or `SAYWIRE_STRICT=1`. */
  strict?: boolean;
  /**
   * Render every route to HTML with the app's server entry (`src/app/entryServer.tsx`) after
   * the build; without it, 404.html is a copy of the app shell.
   */
  prerender?: boolean;
  /**
   * Where parsed articles are kept between builds, relative to the Vite root
   * (`node_modules/.cache/saywire`); false, or `SAYWIRE_CACHE=0`, parses everything every time.
   */
  cacheDir?: string | false;
};

/** Where the caches are unless the options say otherwise. */
export const DEFAULT_CACHE_DIR = 'node_modules/.cache/saywire';
