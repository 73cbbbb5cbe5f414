import type { Span } from '../schema.ts';

/** A word of narration with its offsets, as the speaker rules see it. */
export type Token = {
  start: number;
  end: number;
  /** The word without a possessive `'s` and without a sentence-final full stop. */
  word: string;
  lower: string;
  capitalised: boolean;
  possessive: boolean;
  /** The characters between this word and the next one (spaces and punctuation). */
  gap: string;
};

const ABBREVIATED = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'sen',
  'rep',
  'gov',
  'gen',
  'lt',
  'col',
  'capt',
  'sgt',
  'jr',
  'sr',
  'prof',
  'rev',
  'fr',
  'maj',
  'adm',
  'cmdr',
  'no',
  'vs',
  'mt',
  'ft',
  'supt',
  'insp',
  'det',
  'pres',
]);
const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’\u2010-][\p{L}\p{N}]+)*\.?/gu;

/** Splits a stretch of (masked) text into word tokens. */
export function tokenize(text: string, { start, end }: Span): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(start, end);
  for (const match of slice.matchAll(WORD)) {
    let raw = match[0];
    const at = start + match.index;
    if (
      raw.endsWith('.') &&
      !/^(?:\p{L}\.)+$/u.test(raw) &&
      !ABBREVIATED.has(raw.slice(0, -1).toLowerCase()) &&
      !/^\p{Lu}\.$/u.test(raw)
    ) {
      raw = raw.slice(0, -1);
    }
    const possessive = /['’]s$/i.test(raw) || /s['’]$/.test(raw);
    const word = possessive ? raw.replace(/['’]s?$/i, '') : raw;
    tokens.push({
      start: at,
      end: at + raw.length,
      word,
      lower: word.toLowerCase(),
      capitalised: /^\p{Lu}/u.test(word),
      possessive,
      gap: '',
    });
  }
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const nextStart = tokens[i + 1]?.start ?? end;
    token.gap = text.slice(token.end, nextStart);
  }
  return tokens;
}
