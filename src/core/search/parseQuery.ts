import { isIndexable, MIN_TERM_LENGTH, tokenize } from './searchTokens.ts';

/**
 * A search as the index understands it: whole words every result must contain, and the word
 * being typed, which matches any indexed word it begins.
 */
export type SearchQuery = {
  /** Finished words (stop words and short words left out), in query order, without repeats. */
  terms: string[];
  /** The last word while it is still being typed (no space after it yet), or null. */
  prefix: string | null;
};

/** True when the query holds nothing the index can look up. */
export const isEmptyQuery = (query: SearchQuery): boolean =>
  query.terms.length === 0 && query.prefix === null;

/** More words than this narrow nothing further; the cap also bounds the per-article counters. */
const MAX_TERMS = 32;

/**
 * Reads what the user typed. The last word counts as a prefix while the cursor is still on it,
 * so results follow every keystroke ("pes" already finds "Peskov"); a trailing space finishes it.
 * A prefix shorter than two characters matches too much to be useful and is ignored.
 */
export function parseQuery(raw: string): SearchQuery {
  const tokens = tokenize(raw);
  const last = tokens.at(-1);
  const typing = last !== undefined && last.end === raw.length;
  const finished = typing ? tokens.slice(0, -1) : tokens;
  const terms = [...new Set(finished.map((t) => t.term).filter(isIndexable))].slice(0, MAX_TERMS);
  let prefix: string | null = null;
  if (typing && last.term.length >= MIN_TERM_LENGTH) prefix = last.term;
  // A typed word that is already a finished term adds nothing.
  if (prefix !== null && terms.includes(prefix)) prefix = null;
  return { terms, prefix };
}

/** Whether an indexed term satisfies the query's prefix or one of its terms. */
export function termMatches(query: SearchQuery, term: string): boolean {
  return query.terms.includes(term) || (query.prefix !== null && term.startsWith(query.prefix));
}
