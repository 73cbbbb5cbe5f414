import type { Span } from '../schema.ts';

/**
 * A word of narration with its offsets, as the speaker rules see it. A megabyte of news makes
 * some 180,000 tokens that live as long as the analysis, so a token holds only its offset and
 * two shared records (its spelling, its gap); the rest is read through getters.
 */
export class Token {
  readonly start: number;
  private readonly spelling: Spelling;
  private gapInfo: Gap = NO_GAP;

  constructor(start: number, spelling: Spelling) {
    this.start = start;
    this.spelling = spelling;
  }

  get end(): number {
    return this.start + this.spelling.raw.length;
  }
  /** The word without a possessive `'s` and without a sentence-final full stop. */
  get word(): string {
    return this.spelling.word;
  }
  get lower(): string {
    return this.spelling.lower;
  }
  get capitalised(): boolean {
    return this.spelling.capitalised;
  }
  get possessive(): boolean {
    return this.spelling.possessive;
  }
  /** The characters between this word and the next one (spaces and punctuation). */
  get gap(): string {
    return this.gapInfo.text;
  }
  /** The gap is whitespace only: the next word follows in the same phrase. */
  get blank(): boolean {
    return this.gapInfo.blank;
  }

  /** Set once by the tokenizer when the next word (or the stretch's end) is found. */
  setGap(gap: Gap): void {
    this.gapInfo = gap;
  }
}

/** What a word's spelling alone says about it, computed once per distinct spelling. */
type Spelling = {
  raw: string;
  word: string;
  lower: string;
  capitalised: boolean;
  possessive: boolean;
};

type Gap = { text: string; blank: boolean };

const NO_GAP: Gap = { text: '', blank: false };
const ONE_SPACE: Gap = { text: ' ', blank: true };

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
const LONGEST_ABBREVIATED = Math.max(...[...ABBREVIATED].map((word) => word.length));
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
 * hottest loop. Words and short gaps come from an intern table rather than fresh slices, so a
 * megabyte of news allocates little more than the token objects themselves.
 */
export function tokenize(text: string, { start, end }: Span): Token[] {
  const tokens: Token[] = [];
  let previous: Token | null = null;
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
    if (previous) previous.setGap(gapAt(text, previous.end, i));
    previous = new Token(i, spellingAt(text, i, j));
    tokens.push(previous);
    i = j;
  }
  if (previous) previous.setGap(gapAt(text, previous.end, end));
  return tokens;
}

/**
 * Open-addressing intern tables (linear probing) for words and for short gaps, keyed by the
 * characters in the text so a known spelling costs no slice. They are cleared when half full,
 * which bounds their memory; what they return never depends on what they hold.
 */
const TABLE_SIZE = 1 << 15;
let words = new Array<Spelling | undefined>(TABLE_SIZE);
let wordCount = 0;
let gaps = new Array<Gap | undefined>(TABLE_SIZE);
let gapCount = 0;
/** Longer gaps (a masked quotation and its marks) are rarely repeated: sliced, not interned. */
const MAX_INTERNED_GAP = 12;

function hashOf(text: string, from: number, to: number): number {
  let hash = 0x811c9dc5 ^ (to - from);
  for (let k = from; k < to; k++) hash = Math.imul(hash ^ text.charCodeAt(k), 0x01000193);
  return hash;
}

function spellingAt(text: string, from: number, to: number): Spelling {
  const length = to - from;
  let slot = hashOf(text, from, to) & (TABLE_SIZE - 1);
  for (;;) {
    const entry = words[slot];
    if (entry === undefined) break;
    if (entry.raw.length === length && text.startsWith(entry.raw, from)) return entry;
    slot = (slot + 1) & (TABLE_SIZE - 1);
  }
  const raw = text.slice(from, to);
  const possessive = raw.length > 2 && isPossessiveEnding(raw);
  const word = possessive ? raw.slice(0, -2) : raw;
  const entry: Spelling = {
    raw,
    word,
    lower: word.toLowerCase(),
    capitalised: classOf(word.charCodeAt(0)) === UPPER,
    possessive,
  };
  if (++wordCount > TABLE_SIZE / 2) {
    words = new Array<Spelling | undefined>(TABLE_SIZE);
    wordCount = 1;
    slot = hashOf(text, from, to) & (TABLE_SIZE - 1);
  }
  words[slot] = entry;
  return entry;
}

/** The characters between a token and the next one, and whether they are whitespace only. */
function gapAt(text: string, from: number, to: number): Gap {
  const length = to - from;
  if (length === 1 && text.charCodeAt(from) === 32) return ONE_SPACE;
  if (length > MAX_INTERNED_GAP)
    return { text: text.slice(from, to), blank: isBlank(text, from, to) };
  let slot = hashOf(text, from, to) & (TABLE_SIZE - 1);
  for (;;) {
    const gap = gaps[slot];
    if (gap === undefined) break;
    if (gap.text.length === length && text.startsWith(gap.text, from)) return gap;
    slot = (slot + 1) & (TABLE_SIZE - 1);
  }
  const gap: Gap = { text: text.slice(from, to), blank: isBlank(text, from, to) };
  if (++gapCount > TABLE_SIZE / 2) {
    gaps = new Array<Gap | undefined>(TABLE_SIZE);
    gapCount = 1;
    slot = hashOf(text, from, to) & (TABLE_SIZE - 1);
  }
  gaps[slot] = gap;
  return gap;
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
  // Lower-casing never shortens a word, so a longer one cannot be an abbreviation.
  if (stop - from > LONGEST_ABBREVIATED) return stop;
  return ABBREVIATED.has(text.slice(from, stop).toLowerCase()) ? stop + 1 : stop;
}

function isPossessiveEnding(raw: string): boolean {
  const last = raw.charCodeAt(raw.length - 1);
  const mark = raw.charCodeAt(raw.length - 2);
  return (last === 115 || last === 83) && (mark === 39 || mark === 0x2019);
}

function isBlank(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && (code < 9 || code > 13) && code !== 0xa0) return false;
  }
  return true;
}
