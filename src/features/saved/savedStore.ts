import { useSyncExternalStore } from 'react';
import * as v from 'valibot';
import {
  ArticleSchema,
  ArticleSummarySchema,
  type Article,
  type ArticleSummary,
} from '../../core/schema.ts';

/** One saved article: what the list shows, and the whole article for reading offline. */
export type SavedEntry = {
  summary: ArticleSummary;
  /** Null until the article itself has been fetched (saving from the list fetches it). */
  article: Article | null;
  /** ISO timestamp; the saved list is newest saved first. */
  savedAt: string;
};

export const SAVED_KEY = 'saywire:saved';

const SavedEntrySchema = v.object({
  summary: ArticleSummarySchema,
  article: v.nullable(ArticleSchema),
  savedAt: v.string(),
});

/** What is on disk is as untrusted as what comes over the wire: each entry is checked. */
const SavedFileSchema = v.object({ version: v.literal(1), entries: v.array(v.unknown()) });

let cachedRaw: string | null | undefined;
let cachedEntries: SavedEntry[] = [];
const listeners = new Set<() => void>();

function readRaw(): string | null {
  try {
    return window.localStorage.getItem(SAVED_KEY);
  } catch {
    return null;
  }
}

function parse(raw: string | null): SavedEntry[] {
  if (raw === null) return [];
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return [];
  }
  const file = v.safeParse(SavedFileSchema, json);
  if (!file.success) return [];
  // One damaged entry costs that entry, not the whole list.
  return file.output.entries.flatMap((entry) => {
    const parsed = v.safeParse(SavedEntrySchema, entry);
    return parsed.success ? [parsed.output] : [];
  });
}

/** Every saved article, newest saved first; the same array until storage changes. */
export function listSaved(): SavedEntry[] {
  const raw = readRaw();
  if (raw !== cachedRaw) {
    cachedRaw = raw;
    cachedEntries = parse(raw).sort((a, b) => (a.savedAt < b.savedAt ? 1 : -1));
  }
  return cachedEntries;
}

function write(entries: SavedEntry[]): void {
  try {
    window.localStorage.setItem(SAVED_KEY, JSON.stringify({ version: 1, entries }));
  } catch {
    // Storage full or blocked: keep the list for this visit only.
    cachedRaw = undefined;
    cachedEntries = entries;
  }
  for (const listener of listeners) listener();
}

/** The stored copy of a saved article, for reading it without the network. */
export function savedArticle(slug: string): Article | null {
  return listSaved().find((entry) => entry.summary.slug === slug)?.article ?? null;
}

/** Saves an article (again: a newer copy replaces the old one and keeps its place). */
export function saveArticle(summary: ArticleSummary, article: Article | null, now = new Date()) {
  const entries = listSaved();
  const existing = entries.find((entry) => entry.summary.slug === summary.slug);
  const entry: SavedEntry = {
    summary,
    article: article ?? existing?.article ?? null,
    savedAt: existing?.savedAt ?? now.toISOString(),
  };
  write([entry, ...entries.filter((e) => e.summary.slug !== summary.slug)]);
}

/** Adds the full article to an entry saved with its summary only; a no-op if it was unsaved. */
export function attachArticle(article: Article): void {
  const entries = listSaved();
  if (!entries.some((entry) => entry.summary.slug === article.slug)) return;
  write(entries.map((e) => (e.summary.slug === article.slug ? { ...e, article } : e)));
}

export function removeSaved(slug: string): void {
  write(listSaved().filter((entry) => entry.summary.slug !== slug));
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab saving or unsaving shows here too.
  const onStorage = (event: StorageEvent) => {
    if (event.key === SAVED_KEY || event.key === null) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** The saved list, re-rendering when this or another tab changes it. */
export function useSavedArticles(): SavedEntry[] {
  return useSyncExternalStore(subscribe, listSaved, () => []);
}

/** Whether `slug` is saved, re-rendering when that changes. */
export function useIsSaved(slug: string): boolean {
  return useSyncExternalStore(
    subscribe,
    () => listSaved().some((entry) => entry.summary.slug === slug),
    () => false,
  );
}
