import { isSpace } from './sentences.ts';

/**
 * Classes of BMP code units, filled on first use: 1 not a letter, 2 lower-case letter, 3
 * upper-case letter, 4 another letter (title case, modifier, no case).
 */
const classes = new Uint8Array(0x10000);
const OTHER = 1;
const LOWER = 2;
const UPPER = 3;
const LETTER = 4;

const UPPER_LETTER = /\p{Lu}/u;
const LOWER_LETTER = /\p{Ll}/u;
const ANY_LETTER = /\p{L}/u;

function classify(char: string): number {
  if (UPPER_LETTER.test(char)) return UPPER;
  if (LOWER_LETTER.test(char)) return LOWER;
  return ANY_LETTER.test(char) ? LETTER : OTHER;
}

function classOf(codePoint: number): number {
  if (codePoint >= 0x10000) return classify(String.fromCodePoint(codePoint));
  let known = classes[codePoint] ?? 0;
  if (known === 0) {
    known = classify(String.fromCharCode(codePoint));
    classes[codePoint] = known;
  }
  return known;
}

/** The code point at `i` as a regular expression with the `u` flag reads `text.slice(from, to)`. */
function codePointIn(text: string, i: number, to: number): number {
  const unit = text.charCodeAt(i);
  if (unit < 0xd800 || unit > 0xdbff || i + 1 >= to) return unit;
  const next = text.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff
    ? (unit - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000
    : unit;
}

/**
 * Whether `text.slice(from, to)` holds two capitalised words in a row, as
 * `/\p{Lu}[\p{Ll}.]*\s+\p{Lu}/u` tests it, without the slice and the Unicode-class matching: the
 * engine asks this of every quotation.
 */
export function hasCapitalisedPair(text: string, from: number, to: number): boolean {
  for (let i = from; i < to;) {
    const codePoint = codePointIn(text, i, to);
    const size = codePoint >= 0x10000 ? 2 : 1;
    if (classOf(codePoint) === UPPER) {
      // The lower-case letters and stops, the spaces and the capital are disjoint classes, so
      // the greedy reading is the only one.
      let k = i + size;
      while (k < to) {
        const next = codePointIn(text, k, to);
        if (next !== 46 && classOf(next) !== LOWER) break;
        k += next >= 0x10000 ? 2 : 1;
      }
      let s = k;
      while (s < to && isSpace(text.charCodeAt(s))) s++;
      if (s > k && s < to && classOf(codePointIn(text, s, to)) === UPPER) return true;
    }
    i += size;
  }
  return false;
}

/**
 * The letters right before the trailing whitespace of `text`, as `/([\p{L}]+)\s*$/u` captures
 * them, or '' when a non-letter comes first: the word a quotation follows, read backwards instead
 * of by a pattern tried at every position of the narration.
 */
export function lastWord(text: string): string {
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0) {
    const unit = text.charCodeAt(start - 1);
    const high = start >= 2 ? text.charCodeAt(start - 2) : 0;
    const paired = unit >= 0xdc00 && unit <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
    const codePoint = paired ? (high - 0xd800) * 0x400 + (unit - 0xdc00) + 0x10000 : unit;
    if (classOf(codePoint) === OTHER) break;
    start -= paired ? 2 : 1;
  }
  return text.slice(start, end);
}
