import type { TopicRef } from '../schema.ts';
import type { Taxonomy, TopicRule } from './taxonomy.ts';

/** The taxonomy's topics whose rules the text satisfies, in taxonomy order. */
export function tagTopics(text: string, taxonomy: Taxonomy): TopicRef[] {
  const counts = countMentions(text, matcherFor(taxonomy));
  const count = (term: string) => counts.get(term) ?? 0;
  return taxonomy.topics
    .filter((topic) => matches(topic, count))
    .map(({ id, label }) => ({ id, label }));
}

function matches(topic: TopicRule, count: (term: string) => number): boolean {
  return topic.anyOf.some(({ allOf, minMentions }) =>
    allOf.every((group) => group.reduce((sum, term) => sum + count(term), 0) >= minMentions),
  );
}

/** A term as the scanner checks it: lower-case terms match any case. */
type Term = { term: string; lower: string; anyCase: boolean };

/** A term the word scan cannot find, with the expression that counts it. */
type OtherTerm = Term & { pattern: RegExp };

/**
 * Every term of a taxonomy, indexed by its first word (lower-cased). `asciiLengths`, per
 * character code below 128, has bit n set when a first word of n characters (31 or more: bit
 * 31) of only ASCII starts with that character: a word of the text all in ASCII whose bit is
 * unset cannot be a first word, and is passed by without a string made for it.
 */
type Matcher = { byFirstWord: Map<string, Term[]>; asciiLengths: Uint32Array; others: OtherTerm[] };

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** The word a topic term opens with. */
const LEADING_WORD = /^[\p{L}\p{N}]+/u;
const matchers = new WeakMap<Taxonomy, Matcher>();

/**
 * Terms are looked up per word of the text instead of one regular expression per term: one pass
 * over an article whatever the taxonomy's size (50 topics × 3 terms made tagging as slow as the
 * quote engine). Terms that start or end with punctuation keep the regular-expression path.
 */
function matcherFor(taxonomy: Taxonomy): Matcher {
  const cached = matchers.get(taxonomy);
  if (cached) return cached;
  const matcher: Matcher = {
    byFirstWord: new Map(),
    asciiLengths: new Uint32Array(128),
    others: [],
  };
  const seen = new Set<string>();
  for (const topic of taxonomy.topics) {
    for (const { allOf } of topic.anyOf) {
      for (const term of allOf.flat()) {
        if (seen.has(term)) continue;
        seen.add(term);
        const entry = { term, lower: term.toLowerCase(), anyCase: term === term.toLowerCase() };
        const first = LEADING_WORD.exec(term)?.[0];
        if (!first || !WORD_CHAR.test(term.at(-1) ?? '')) {
          const pattern = new RegExp(
            `(?<![\\p{L}\\p{N}])${escapeRegExp(term)}(?![\\p{L}\\p{N}])`,
            entry.anyCase ? 'giu' : 'gu',
          );
          matcher.others.push({ ...entry, pattern });
          continue;
        }
        const key = first.toLowerCase();
        matcher.byFirstWord.set(key, [...(matcher.byFirstWord.get(key) ?? []), entry]);
        // A word of ASCII lower-cases to ASCII of its own length: only such a key can be it.
        if (/^[a-z0-9]+$/.test(key)) {
          const code = key.charCodeAt(0);
          matcher.asciiLengths[code] =
            (matcher.asciiLengths[code] ?? 0) | (1 << Math.min(key.length, 31));
        }
      }
    }
  }
  matchers.set(taxonomy, matcher);
  return matcher;
}

/**
 * Counts whole-word mentions of every term: a lower-case term matches any case ("war", "War"),
 * a capitalised one only as written, so names and acronyms ("US", "Xi") do not match common words.
 * A word is a run of letters and digits (`/[\p{L}\p{N}]+/u`), found by character codes: a
 * match object and a lower-cased string per word of the text were most of the time tagging took.
 */
function countMentions(
  text: string,
  { byFirstWord, asciiLengths, others }: Matcher,
): Map<string, number> {
  const counts = new Map<string, number>();
  const lastEnd = new Map<string, number>();
  const length = text.length;
  let at = 0;
  while (at < length) {
    let width = wordCharWidth(text, at);
    if (width === 0) {
      at++;
      continue;
    }
    const start = at;
    let ascii = text.charCodeAt(at) < 128;
    do {
      at += width;
      width = at < length ? wordCharWidth(text, at) : 0;
      if (width > 0 && text.charCodeAt(at) >= 128) ascii = false;
    } while (width > 0);
    if (ascii) {
      let first = text.charCodeAt(start);
      if (first >= 65 && first <= 90) first += 32;
      if (((asciiLengths[first] ?? 0) & (1 << Math.min(at - start, 31))) === 0) continue;
    }
    const terms = byFirstWord.get(text.slice(start, at).toLowerCase());
    if (!terms) continue;
    for (const { term, lower, anyCase } of terms) {
      const end = start + term.length;
      if (start < (lastEnd.get(term) ?? 0)) continue;
      const candidate = text.slice(start, end);
      if (anyCase ? candidate.toLowerCase() !== lower : candidate !== term) continue;
      if (end < length && wordCharWidth(text, end) > 0) continue;
      counts.set(term, (counts.get(term) ?? 0) + 1);
      lastEnd.set(term, end);
    }
  }
  for (const { term, pattern } of others) counts.set(term, text.match(pattern)?.length ?? 0);
  return counts;
}

/** Letters and digits outside ASCII seen so far: the text's few kinds, each tested once. */
const wordCodePoints = new Map<number, boolean>();

/**
 * The length in code units (1, or 2 for a letter outside the BMP) of the letter or digit at
 * `at`, or 0 when there is none: as `/[\p{L}\p{N}]/u` reads the text, a lone surrogate is no letter.
 */
function wordCharWidth(text: string, at: number): number {
  const unit = text.charCodeAt(at);
  if (unit < 128) {
    return (unit >= 97 && unit <= 122) || (unit >= 65 && unit <= 90) || (unit >= 48 && unit <= 57)
      ? 1
      : 0;
  }
  const code = text.codePointAt(at) ?? unit;
  let isWord = wordCodePoints.get(code);
  if (isWord === undefined) {
    isWord = WORD_CHAR.test(String.fromCodePoint(code));
    wordCodePoints.set(code, isWord);
  }
  return isWord ? (code > 0xffff ? 2 : 1) : 0;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
