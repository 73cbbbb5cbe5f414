import { isSpace } from './sentences.ts';

/** Classes of BMP code units, filled on first use: 1 other, 2 lower-case letter, 3 upper-case. */
const classes = new Uint8Array(0x10000);
const OTHER = 1;
const LOWER = 2;
const UPPER = 3;

function classOf(codePoint: number): number {
  if (codePoint >= 0x10000) {
    const char = String.fromCodePoint(codePoint);
    return /\p{Lu}/u.test(char) ? UPPER : /\p{Ll}/u.test(char) ? LOWER : OTHER;
  }
  let known = classes[codePoint] ?? 0;
  if (known === 0) {
    const char = String.fromCharCode(codePoint);
    known = /\p{Lu}/u.test(char) ? UPPER : /\p{Ll}/u.test(char) ? LOWER : OTHER;
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
