/**
 * How Saywire cuts text into search terms. The build-time index and the in-browser marker share it,
 * so a word the index holds is exactly a word the marker can find again in the text.
 */

/** A word of the text and where it stands: `text.slice(start, end)` is the word as written. */
export type SearchToken = { term: string; start: number; end: number };

/** Shorter words are noise in an index (initials, the "s" of "Peskov's") and are not indexed. */
export const MIN_TERM_LENGTH = 2;

/**
 * Words too common to narrow a search. Leaving them out keeps the index about a third smaller;
 * a query made only of them says so instead of listing every article.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be been but by for from had has have he her his i if in into is it its ' +
    'me my no not of on or our she so than that the their them then there these they this to ' +
    'was we were what when which who will with would you your'
  ).split(' '),
);

// Letters, digits and combining marks (a decomposed "é" stays one word).
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;
const MARKS = /\p{M}/gu;

/** The form a word is indexed and searched under: lower case, accents removed (`Café` → `cafe`). */
export function normalizeTerm(word: string): string {
  return word.normalize('NFKD').replace(MARKS, '').toLowerCase();
}

/** Every word of `text` with its offsets, stop words and short words included. */
export function tokenize(text: string): SearchToken[] {
  const tokens: SearchToken[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    tokens.push({ term: normalizeTerm(match[0]), start, end: start + match[0].length });
  }
  return tokens;
}

/** True for a term worth indexing: long enough and not a stop word. */
export function isIndexable(term: string): boolean {
  return term.length >= MIN_TERM_LENGTH && !STOP_WORDS.has(term);
}

/** Terms are sharded by their first two characters: a query needs only its words' shards. */
export const SHARD_KEY_LENGTH = 2;

/** The shard holding `term` (or every term starting with the prefix `term`). */
export function shardKeyOf(term: string): string {
  return Array.from(term).slice(0, SHARD_KEY_LENGTH).join('');
}

/** A shard key as a file name: ASCII letters and digits as they are, anything else as `_<hex>`. */
export function shardFileName(key: string): string {
  return Array.from(key, (char) =>
    /[a-z0-9]/.test(char) ? char : `_${(char.codePointAt(0) ?? 0).toString(16)}`,
  ).join('');
}
