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
  /** The gap is whitespace only: the next word follows in the same phrase. */
  blank: boolean;
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
/** Character classes for the BMP, filled lazily: 1 other, 2 letter or digit, 3 upper-case letter. */
const classes = new Uint8Array(0x10000);
const OTHER = 1;
const WORD = 2;
const UPPER = 3;

function classOf(code: number): number {
  if (code >= 0x10000) return OTHER;
  let known = classes[code] ?? 0;
  if (known === 0) {
    const char = String.fromCharCode(code);
    known = /\p{Lu}/u.test(char) ? UPPER : /[\p{L}\p{N}\p{M}]/u.test(char) ? WORD : OTHER;
    classes[code] = known;
  }
  return known;
}

const isWordChar = (code: number) => classOf(code) >= WORD;
const isJoiner = (code: number) => code === 39 || code === 0x2019 || code === 45 || code === 0x2010;
const FULL_STOP = 46;

/**
 * Splits a stretch of (masked) text into word tokens: letters and digits, joined by inner
 * apostrophes and hyphens ("don't", "Modi's", "people-to-people"); initials keep their stops
 * ("U.S.", "J."), as do abbreviations ("Mr."). A hand-written scanner: this is the engine's
 * hottest loop.
 */
export function tokenize(text: string, { start, end }: Span): Token[] {
  const tokens: Token[] = [];
  let i = start;
  while (i < end) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < end) {
      const code = text.charCodeAt(j);
      if (isWordChar(code)) j++;
      else if (isJoiner(code) && j + 1 < end && isWordChar(text.charCodeAt(j + 1))) j += 2;
      else break;
    }
    if (j < end && text.charCodeAt(j) === FULL_STOP) j = withStop(text, i, j, end);
    const raw = text.slice(i, j);
    const possessive = raw.length > 2 && isPossessiveEnding(raw);
    const word = possessive ? raw.slice(0, -2) : raw;
    tokens.push({
      start: i,
      end: j,
      word,
      lower: word.toLowerCase(),
      capitalised: classOf(word.charCodeAt(0)) === UPPER,
      possessive,
      gap: '',
      blank: false,
    });
    i = j;
  }
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t] as Token;
    const gap = text.slice(token.end, tokens[t + 1]?.start ?? end);
    token.gap = gap;
    token.blank = gap === ' ' || isBlank(gap);
  }
  return tokens;
}

/** Where a word followed by a full stop ends: after the stop for initials and abbreviations. */
function withStop(text: string, from: number, stop: number, end: number): number {
  if (stop - from === 1) {
    // Initials: "J." or a run of letter-stop pairs like "U.S.".
    let j = stop + 1;
    while (j + 1 < end && isWordChar(text.charCodeAt(j)) && text.charCodeAt(j + 1) === FULL_STOP) {
      if (j + 2 < end && isWordChar(text.charCodeAt(j + 2))) break;
      j += 2;
    }
    return j;
  }
  return ABBREVIATED.has(text.slice(from, stop).toLowerCase()) ? stop + 1 : stop;
}

function isPossessiveEnding(raw: string): boolean {
  const last = raw.charCodeAt(raw.length - 1);
  const mark = raw.charCodeAt(raw.length - 2);
  return (last === 115 || last === 83) && (mark === 39 || mark === 0x2019);
}

function isBlank(gap: string): boolean {
  if (gap === '') return false;
  for (let i = 0; i < gap.length; i++) {
    const code = gap.charCodeAt(i);
    if (code !== 32 && (code < 9 || code > 13) && code !== 0xa0) return false;
  }
  return true;
}
