import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** One file of the content folder, as bytes: decoding is the pipeline's job, so it can report it. */
export type ContentFile = { file: string; bytes: Uint8Array };

/** What the content folder holds, read but not yet interpreted. */
export type ContentDirInput = {
  articles: ContentFile[];
  /** `topics.json`, or null when the folder has none. */
  taxonomy: ContentFile | null;
  /** Files that are neither articles nor the taxonomy; listed in the report, never read. */
  ignored: string[];
  /** Files that exist but could not be read (permissions, a folder named `x.txt`). */
  unreadable: { file: string; message: string }[];
};

export const TAXONOMY_FILE = 'topics.json';

const isArticleFile = (name: string) => name.toLowerCase().endsWith('.txt');

/** The content folder's files by what they are, names only (a big build reads them one by one). */
export type ContentDirListing = { articles: string[]; hasTaxonomy: boolean; ignored: string[] };

/** Lists the folder: article files and ignored files sorted by name, and whether it has a taxonomy. */
export async function listContentDir(contentDir: string): Promise<ContentDirListing> {
  const entries = await readdir(contentDir, { withFileTypes: true });
  // Code-unit order, not locale order: the output must not depend on the machine that builds it.
  const names = entries
    .filter((entry) => !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const listing: ContentDirListing = { articles: [], hasTaxonomy: false, ignored: [] };
  for (const name of names) {
    if (name === TAXONOMY_FILE) listing.hasTaxonomy = true;
    else if (isArticleFile(name)) listing.articles.push(name);
    else listing.ignored.push(name);
  }
  return listing;
}

/** Reads every `*.txt` file (sorted by name) and `topics.json` at the top of the content folder. */
export async function readContentDir(contentDir: string): Promise<ContentDirInput> {
  const listing = await listContentDir(contentDir);
  const input: ContentDirInput = {
    articles: [],
    taxonomy: null,
    ignored: listing.ignored,
    unreadable: [],
  };
  const names = listing.hasTaxonomy ? [TAXONOMY_FILE, ...listing.articles] : listing.articles;
  for (const name of names) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(path.join(contentDir, name));
    } catch (error) {
      input.unreadable.push({ file: name, message: `cannot read the file (${describe(error)})` });
      continue;
    }
    if (name === TAXONOMY_FILE) input.taxonomy = { file: name, bytes };
    else input.articles.push({ file: name, bytes });
  }
  return input;
}

/** A read error as an editor can act on it: the error code (`EACCES`) or the message. */
export function describe(error: unknown): string {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') return error.code;
  return error instanceof Error ? error.message : String(error);
}
