import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** Every page to prerender: fixed pages, then one per article, speaker and topic data file. */
export async function listRoutes(outDir: string): Promise<string[]> {
  const ids = async (dir: string) => {
    try {
      const names = await readdir(path.join(outDir, dir));
      return names.filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -5));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  };
  const [articles, speakers, topics] = await Promise.all([
    ids('data/articles'),
    ids('data/speakers'),
    ids('data/list/topics'),
  ]);
  return [
    '/',
    '/speakers',
    '/settings',
    '/saved',
    // Served by static hosts for any unknown path; the app renders afresh there (other URL).
    '/404',
    ...articles.sort().map((slug) => `/articles/${slug}`),
    ...speakers.sort().map((id) => `/speakers/${id}`),
    ...topics.sort().map((id) => `/topics/${id}`),
  ];
}
