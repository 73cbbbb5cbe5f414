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

/** Every term of a taxonomy, indexed by its first word (lower-cased). */
type Matcher = { byFirstWord: Map<string, Term[]>; others: Term[] };

const WORD = /[\p{L}\p{N}]+/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const matchers = new WeakMap<Taxonomy, Matcher>();

/**
 * Terms are looked up per word of the text instead of one regular expression per term: one pass
 * over an article whatever the taxonomy's size (50 topics × 3 terms made tagging as slow as the
 * quote engine). Terms that start or end with punctuation keep the regular-expression path.
 */
function matcherFor(taxonomy: Taxonomy): Matcher {
  const cached = matchers.get(taxonomy);
  if (cached) return cached;
  const matcher: Matcher = { byFirstWord: new Map(), others: [] };
  const seen = new Set<string>();
  for (const topic of taxonomy.topics) {
    for (const { allOf } of topic.anyOf) {
      for (const term of allOf.flat()) {
        if (seen.has(term)) continue;
        seen.add(term);
        const entry = { term, lower: term.toLowerCase(), anyCase: term === term.toLowerCase() };
        const first = /^[\p{L}\p{N}]+/u.exec(term)?.[0];
        if (!first || !WORD_CHAR.test(term.at(-1) ?? '')) {
          matcher.others.push(entry);
          continue;
        }
        const key = first.toLowerCase();
        matcher.byFirstWord.set(key, [...(matcher.byFirstWord.get(key) ?? []), entry]);
      }
    }
  }
  matchers.set(taxonomy, matcher);
  return matcher;
}

/**
 * Counts whole-word mentions of every term: a lower-case term matches any case ("war", "War"),
 * a capitalised one only as written, so names and acronyms ("US", "Xi") do not match common words.
 */
function countMentions(text: string, { byFirstWord, others }: Matcher): Map<string, number> {
  const counts = new Map<string, number>();
  const lastEnd = new Map<string, number>();
  for (const word of text.matchAll(WORD)) {
    const terms = byFirstWord.get(word[0].toLowerCase());
    if (!terms) continue;
    const start = word.index;
    for (const { term, lower, anyCase } of terms) {
      const end = start + term.length;
      if (start < (lastEnd.get(term) ?? 0)) continue;
      const candidate = text.slice(start, end);
      if (anyCase ? candidate.toLowerCase() !== lower : candidate !== term) continue;
      if (WORD_CHAR.test(text.charAt(end)) || isAstralWordChar(text, end)) continue;
      counts.set(term, (counts.get(term) ?? 0) + 1);
      lastEnd.set(term, end);
    }
  }
  for (const { term, anyCase } of others) {
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])${escapeRegExp(term)}(?![\\p{L}\\p{N}])`,
      anyCase ? 'giu' : 'gu',
    );
    counts.set(term, text.match(pattern)?.length ?? 0);
  }
  return counts;
}

/** A letter outside the BMP (two code units) right after a term still joins it to a word. */
function isAstralWordChar(text: string, at: number): boolean {
  const code = text.codePointAt(at);
  return code !== undefined && code > 0xffff && WORD_CHAR.test(String.fromCodePoint(code));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
