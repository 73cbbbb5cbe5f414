import type { Span } from '../schema.ts';
import { mayReport } from './cueVerbs.ts';
import { CORPORATE_SUFFIXES } from './lexicon/organisations.ts';

/**
 * A word of narration with its offsets, as the speaker rules see it. A megabyte of news makes
 * some 180,000 tokens that live as long as the analysis, so a token holds only its offset and
 * one shared record (its spelling with the gap after it); the rest is read through getters.
 */
export class Token {
  readonly start: number;
  private readonly shape: Shape;

  constructor(start: number, shape: Shape) {
    this.start = start;
    this.shape = shape;
  }

  get end(): number {
    return this.start + this.shape.raw.length;
  }
  /** The word without a possessive `'s` and without a sentence-final full stop. */
  get word(): string {
    return this.shape.word;
  }
  get lower(): string {
    return this.shape.lower;
  }
  get capitalised(): boolean {
    return this.shape.capitalised;
  }
  get possessive(): boolean {
    return this.shape.possessive;
  }
  /** The word could be a reporting verb (`mayReport`): most words are not, and say so in one read. */
  get mayReport(): boolean {
    return this.shape.mayReport;
  }
  /** The characters between this word and the next one (spaces and punctuation). */
  get gap(): string {
    return this.shape.gap;
  }
  /** The gap is whitespace only: the next word follows in the same phrase. */
  get blank(): boolean {
    return this.shape.blank;
  }

  /**
   * `compute(this)`, kept on the token's shared record: for questions the name rules ask of
   * the same few words in every run (how the title lists spell it), whose answer depends on the
   * spelling alone. A kept answer costs a field read where a map keyed by the word cost a look-up.
   */
  spelledTitle(compute: (token: Token) => string): string {
    return (this.shape.spelledTitle ??= compute(this));
  }

  /** `compute(this.word)` (a given name's gender, if any), kept like `spelledTitle`. */
  givenName(compute: (word: string) => GivenName): GivenName {
    const { shape } = this;
    if (shape.givenName === UNASKED) shape.givenName = compute(shape.word);
    return shape.givenName;
  }
}

/** What the given-name lists say of a word: a gender, either (null) or none (undefined). */
export type GivenName = 'male' | 'female' | null | undefined;
const UNASKED = 0;

/** What a word's spelling alone says about it, computed once per distinct spelling. */
type Spelling = {
  raw: string;
  word: string;
  lower: string;
  capitalised: boolean;
  possessive: boolean;
  mayReport: boolean;
  /** The spelling's shape before a single space, the commonest gap by far. */
  spaced: Shape | undefined;
  /** Its shapes before other interned gaps. */
  byGap: Map<Gap, Shape> | undefined;
};

type Gap = { text: string; blank: boolean };

/**
 * A spelling and the gap after it: what a token reads, shared by every token alike. Its fields
 * are the spelling's, copied flat so a token's getters read one object.
 */
type Shape = Omit<Spelling, 'spaced' | 'byGap'> & {
  gap: string;
  blank: boolean;
  spelledTitle: string | undefined;
  givenName: GivenName | typeof UNASKED;
};

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
  // Police and council ranks: "Const. Dani McKinnon", "Cst. Ali Raza", "Coun. Greg White".
  'const',
  'cst',
  'coun',
  'cllr',
  'cpl',
  // "Atty. Gen. Robert Kennedy", "Dist. Atty. Henry Wade", "Comr. Ray Smith".
  'atty',
  'dist',
  'comr',
  'secy',
  'comdr',
  // "Ald. Jack Summers", "Asst. Dist. Atty. Tom Reed", "Pvt. Ray Bell".
  'ald',
  'asst',
  'pvt',
  // "Msgr. Francis X. Mulcahy", "Brig. Gen. Ray Hale", "Hon. Ruth Ames": titles that
  // sentences.ts and the title lists already know.
  'msgr',
  'brig',
  'hon',
]);
const LONGEST_ABBREVIATED = Math.max(...[...ABBREVIATED].map((word) => word.length));
/** Character classes for the BMP, filled lazily: 1 other, 2 letter or digit, 3 upper-case letter. */
const classes = new Uint8Array(0x10000);
const OTHER = 1;
const WORD = 2;
const UPPER = 3;

const UPPER_LETTER = /\p{Lu}/u;
const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;

function classOf(code: number): number {
  if (code >= 0x10000) return OTHER;
  let known = classes[code] ?? 0;
  if (known === 0) {
    const char = String.fromCharCode(code);
    known = UPPER_LETTER.test(char) ? UPPER : WORD_CHARACTER.test(char) ? WORD : OTHER;
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
  // A token is made once the next word is found, when the gap after it is known.
  let previous: Spelling | null = null;
  let previousStart = 0;
  let previousEnd = 0;
  let i = start;
  while (i < end) {
    const first = text.charCodeAt(i);
    if (!isWordChar(first)) {
      i++;
      continue;
    }
    // The word's hash is taken as it is scanned: the characters are read once, not twice.
    let hash = Math.imul(HASH_SEED ^ first, HASH_PRIME);
    let j = i + 1;
    while (j < end) {
      const code = text.charCodeAt(j);
      if (isWordChar(code)) {
        hash = Math.imul(hash ^ code, HASH_PRIME);
        j++;
      } else if (isJoiner(code) && j + 1 < end && isWordChar(text.charCodeAt(j + 1))) {
        hash = Math.imul(hash ^ code, HASH_PRIME);
        hash = Math.imul(hash ^ text.charCodeAt(j + 1), HASH_PRIME);
        j += 2;
      } else break;
    }
    if (j < end && text.charCodeAt(j) === FULL_STOP) {
      const stop = j;
      j = withStop(text, i, j, end);
      for (let k = stop; k < j; k++) hash = Math.imul(hash ^ text.charCodeAt(k), HASH_PRIME);
    }
    if (previous)
      tokens.push(new Token(previousStart, shapeOf(previous, gapAt(text, previousEnd, i))));
    previous = spellingAt(text, i, j, hash);
    previousStart = i;
    previousEnd = j;
    i = j;
  }
  if (previous)
    tokens.push(new Token(previousStart, shapeOf(previous, gapAt(text, previousEnd, end))));
  return tokens;
}

/** The shared shape of a spelling before a gap; long gaps, never interned, get their own. */
function shapeOf(spelling: Spelling, gap: Gap): Shape {
  if (gap === ONE_SPACE) return (spelling.spaced ??= newShape(spelling, gap));
  if (gap.text.length > MAX_INTERNED_GAP) return newShape(spelling, gap);
  // Bounded: the gap table is rebuilt when full, and its new records are new keys here.
  if (!spelling.byGap || spelling.byGap.size >= 64) spelling.byGap = new Map();
  let shape = spelling.byGap.get(gap);
  if (!shape) {
    shape = newShape(spelling, gap);
    spelling.byGap.set(gap, shape);
  }
  return shape;
}

function newShape(spelling: Spelling, gap: Gap): Shape {
  return {
    raw: spelling.raw,
    word: spelling.word,
    lower: spelling.lower,
    capitalised: spelling.capitalised,
    possessive: spelling.possessive,
    mayReport: spelling.mayReport,
    gap: gap.text,
    blank: gap.blank,
    spelledTitle: undefined,
    givenName: UNASKED,
  };
}

/**
 * Open-addressing intern tables (linear probing) for words and for short gaps, keyed by the
 * characters in the text so a known spelling costs no slice. They are cleared when half full,
 * which bounds their memory; what they return never depends on what they hold.
 */
/**
 * Room for 32,768 spellings before the word table starts again: a news archive's everyday words
 * ("the", "said", the titles and the names of the day) then stay interned from one article to the
 * next, with the answers kept on their shapes (a title's spelling, a given name's gender). At
 * 16,384 the table started again inside every 60 articles of real news, and each article after
 * that rebuilt most of its words.
 */
const WORD_TABLE_SIZE = 1 << 16;
const GAP_TABLE_SIZE = 1 << 15;
let words = new Array<Spelling | undefined>(WORD_TABLE_SIZE);
/** Each slot's hash, so a probe compares a number before it touches the entry and its string. */
let wordHashes = new Int32Array(WORD_TABLE_SIZE);
let wordCount = 0;
let gaps = new Array<Gap | undefined>(GAP_TABLE_SIZE);
let gapCount = 0;
/** Longer gaps (a masked quotation and its marks) are rarely repeated: sliced, not interned. */
const MAX_INTERNED_GAP = 12;

const HASH_SEED = 0x811c9dc5;
const HASH_PRIME = 0x01000193;

/** FNV-1a over the characters; `tokenize` computes the same for words as it scans them. */
function hashOf(text: string, from: number, to: number): number {
  let hash = HASH_SEED;
  for (let k = from; k < to; k++) hash = Math.imul(hash ^ text.charCodeAt(k), HASH_PRIME);
  return hash;
}

/** A lower-case particle glued to a capitalised name: "deLesseps", "DeShawn" needs none. */
const GLUED_PARTICLE = /^(?:de|da|di|du|la|le|van|von)\p{Lu}\p{Ll}/u;

/** The interned spelling of `text[from, to)`, whose `hashOf` is `hash`. */
function spellingAt(text: string, from: number, to: number, hash: number): Spelling {
  let slot = hash & (WORD_TABLE_SIZE - 1);
  for (;;) {
    const entry = words[slot];
    if (entry === undefined) break;
    if (wordHashes[slot] === hash && sameChars(entry.raw, text, from, to)) return entry;
    slot = (slot + 1) & (WORD_TABLE_SIZE - 1);
  }
  const raw = text.slice(from, to);
  const possessive = raw.length > 2 && isPossessiveEnding(raw);
  const word = possessive ? raw.slice(0, -2) : raw;
  const lower = word.toLowerCase();
  const entry: Spelling = {
    raw,
    word,
    lower,
    // "deLesseps Morrison", "van Gogh" is not: a particle glued to a capital opens a name.
    capitalised: classOf(word.charCodeAt(0)) === UPPER || GLUED_PARTICLE.test(word),
    possessive,
    mayReport: mayReport(lower),
    spaced: undefined,
    byGap: undefined,
  };
  if (++wordCount > WORD_TABLE_SIZE / 2) {
    words = new Array<Spelling | undefined>(WORD_TABLE_SIZE);
    wordHashes = new Int32Array(WORD_TABLE_SIZE);
    wordCount = 1;
    slot = hash & (WORD_TABLE_SIZE - 1);
  }
  words[slot] = entry;
  wordHashes[slot] = hash;
  return entry;
}

/** `text.startsWith(word, from)` for a word `to - from` long, without a call into the runtime. */
function sameChars(word: string, text: string, from: number, to: number): boolean {
  if (word.length !== to - from) return false;
  for (let k = from; k < to; k++)
    if (word.charCodeAt(k - from) !== text.charCodeAt(k)) return false;
  return true;
}

/** The characters between a token and the next one, and whether they are whitespace only. */
function gapAt(text: string, from: number, to: number): Gap {
  const length = to - from;
  if (length === 1 && text.charCodeAt(from) === 32) return ONE_SPACE;
  if (length > MAX_INTERNED_GAP)
    return { text: text.slice(from, to), blank: isBlank(text, from, to) };
  let slot = hashOf(text, from, to) & (GAP_TABLE_SIZE - 1);
  for (;;) {
    const gap = gaps[slot];
    if (gap === undefined) break;
    if (sameChars(gap.text, text, from, to)) return gap;
    slot = (slot + 1) & (GAP_TABLE_SIZE - 1);
  }
  const gap: Gap = { text: text.slice(from, to), blank: isBlank(text, from, to) };
  if (++gapCount > GAP_TABLE_SIZE / 2) {
    gaps = new Array<Gap | undefined>(GAP_TABLE_SIZE);
    gapCount = 1;
    slot = hashOf(text, from, to) & (GAP_TABLE_SIZE - 1);
  }
  gaps[slot] = gap;
  return gap;
}

/** Where a word followed by a full stop ends: after the stop for initials and abbreviations. */
function withStop(text: string, from: number, stop: number, end: number): number {
  if (stop - from === 1) {
    // Initials: "J." or a run of letter-stop pairs like "U.S." or "K.K.S.S.R.", but not a word
    // glued after them.
    let j = stop + 1;
    while (j + 1 < end && isWordChar(text.charCodeAt(j)) && text.charCodeAt(j + 1) === FULL_STOP) {
      if (
        j + 2 < end &&
        isWordChar(text.charCodeAt(j + 2)) &&
        !(j + 3 < end && text.charCodeAt(j + 3) === FULL_STOP)
      )
        break;
      j += 2;
    }
    return j;
  }
  // Lower-casing never shortens a word, so a longer one cannot be an abbreviation.
  if (stop - from > LONGEST_ABBREVIATED) return stop;
  const word = text.slice(from, stop).toLowerCase();
  if (ABBREVIATED.has(word)) return stop + 1;
  // "Gulfline Chemical Co., said", "Ford Motor Co. said": a company's form keeps its stop unless
  // a capital follows, where the stop may also end the sentence ("… Apple Inc. The company").
  return CORPORATE_SUFFIXES.has(word) && !capitalFollows(text, stop + 1, end) ? stop + 1 : stop;
}

function capitalFollows(text: string, from: number, end: number): boolean {
  let j = from;
  while (j < end && text.charCodeAt(j) === 32) j++;
  return j >= end || classOf(text.charCodeAt(j)) === UPPER;
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
