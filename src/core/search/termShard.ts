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
};

/** Wraps a shard's `{ term: postings }` record; a corrupt list throws with the term named. */
export function termShard(record: Readonly<Record<string, string>>, docCount: number): TermShard {
  const terms = Object.keys(record).sort();
  const decoded = new Map<string, Uint32Array>();
  return {
    terms,
    postings(term) {
      const cached = decoded.get(term);
      if (cached) return cached;
      const encoded = Object.hasOwn(record, term) ? record[term] : undefined;
      if (encoded === undefined) return null;
      const result = decodePostings(encoded, docCount);
      if (!result.ok) throw new Error(`search index term "${term}": ${result.error}`);
      decoded.set(term, result.value);
      return result.value;
    },
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
