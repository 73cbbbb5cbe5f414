import { decodePostings } from './postings.ts';

/**
 * One loaded shard of the term index: the terms sharing their first two characters, each with
 * its encoded posting list. Lists are decoded on first use and kept, so the next keystroke that
 * needs the same term costs nothing.
 */
export type TermShard = {
  /** The shard's terms in code-unit order, for prefix ranges by binary search. */
  readonly terms: readonly string[];
  postings(term: string): Uint32Array | null;
  /** The articles holding any term that starts with `prefix`, if the build merged them. */
  prefixPostings(prefix: string): Uint32Array | null;
};

/** Decodes entries of a `{ key: postings }` record on first use; a corrupt list throws. */
function lazyLists(record: Readonly<Record<string, string>>, docCount: number, what: string) {
  const decoded = new Map<string, Uint32Array>();
  return (key: string): Uint32Array | null => {
    const cached = decoded.get(key);
    if (cached) return cached;
    const encoded = Object.hasOwn(record, key) ? record[key] : undefined;
    if (encoded === undefined) return null;
    const result = decodePostings(encoded, docCount);
    if (!result.ok) throw new Error(`search index ${what} "${key}": ${result.error}`);
    decoded.set(key, result.value);
    return result.value;
  };
}

/** Wraps a shard's `{ term: postings }` record and its merged prefixes. */
export function termShard(
  record: Readonly<Record<string, string>>,
  docCount: number,
  prefixes: Readonly<Record<string, string>> = {},
): TermShard {
  return {
    terms: Object.keys(record).sort(),
    postings: lazyLists(record, docCount, 'term'),
    prefixPostings: lazyLists(prefixes, docCount, 'prefix'),
  };
}

/** The shard's terms that begin with `prefix`, found by binary search over the sorted terms. */
export function termsWithPrefix(shard: TermShard, prefix: string): string[] {
  const { terms } = shard;
  let low = 0;
  let high = terms.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((terms[mid] ?? '') < prefix) low = mid + 1;
    else high = mid;
  }
  const found: string[] = [];
  for (let i = low; i < terms.length; i += 1) {
    const term = terms[i] ?? '';
    if (!term.startsWith(prefix)) break;
    found.push(term);
  }
  return found;
}
