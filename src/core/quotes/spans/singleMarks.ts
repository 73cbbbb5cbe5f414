/**
 * Single marks as quotation marks, never apostrophes: the mark that closes a single-quoted
 * quotation, elisions (`'90s`, `'em`), plural possessives (`the players' union`) and run-on paragraphs.
 */

import type { Span } from '../../schema.ts';
import type { Mark } from './quoteMarks.ts';

/** A single mark right before a letter or a digit. */
const MARK_BEFORE_WORD = /^['‘][\p{L}\p{N}]/u;

/**
 * Words that start with an apostrophe rather than an opening single quotation mark: `'90s`, `'24
 * election`, `'em`; but `'24/7 service'`, `'8am scramble'` and `'2,000 surgeries'` are quoted.
 */
export const ELISIONS =
  /^(?:\d\d(?![\d/,.:])|em\b|tis\b|twas\b|til\b|cause\b|n\b|n'|bout\b|round\b|s\b)/i;

/**
 * For each single mark, the index of the single mark that would close a quotation it opens. A
 * mark that reads as a plural's apostrophe (`the players’ union`) closes only when no other closer
 * comes before the next quotation opens: `there were ‘difficult choices’ ahead`.
 */
export function nextSingleCloser(
  text: string,
  marks: readonly Mark[],
  paragraphEnd: number,
): number[] {
  const closers: number[] = new Array<number>(marks.length).fill(-1);
  let next = -1;
  let nextPlural = -1;
  let nextOpener = -1;
  for (let k = marks.length - 1; k >= 0; k--) {
    closers[k] =
      closerBeforeOpener(next, nextOpener) || !closerBeforeOpener(nextPlural, nextOpener)
        ? next
        : nextPlural;
    const mark = marks[k] as Mark;
    if (mark.family !== 'single') continue;
    if (mark.canClose && !closesElision(text, mark)) {
      if (isPluralPossessive(text, mark, paragraphEnd)) nextPlural = k;
      else next = k;
    }
    if (
      mark.canOpen &&
      !mark.canClose &&
      !ELISIONS.test(text.slice(mark.at + mark.length, mark.at + mark.length + 3))
    )
      nextOpener = k;
  }
  return closers;
}

/**
 * A closer at mark `index` comes before the next opener (if any). A function of its own, not a
 * closure per mark: under tsx and esbuild's kept names each closure also costs a `__name` call.
 */
function closerBeforeOpener(index: number, nextOpener: number): boolean {
  return index >= 0 && (nextOpener < 0 || index < nextOpener);
}

/** `rock 'n' roll`: the second apostrophe of "'n'" closes no quotation. */
function closesElision(text: string, mark: Mark): boolean {
  return /^\s['’‘`]n$/i.test(text.slice(mark.at - 3, mark.at));
}

/** `the players’ union`: an apostrophe after a plural, followed by a lower-case word. */
function isPluralPossessive(text: string, mark: Mark, paragraphEnd: number): boolean {
  const prev = text.charAt(mark.at - 1);
  if (prev !== 's' && prev !== 'S') return false;
  const after = text.slice(mark.at + 1, Math.min(paragraphEnd, mark.at + 20));
  return (
    /^\s+[a-z]/.test(after) &&
    !/^\s+(?:he|she|they|we|i|it|said|says|added|told|according)\b/.test(after)
  );
}

/**
 * The single mark opens a quotation that runs to the paragraph end and on into the next
 * paragraph: it opens the paragraph or follows a colon or comma, and the next paragraph opens
 * with a single mark before a word.
 */
export function singleRunsOn(
  text: string,
  mark: Mark,
  paragraph: Span,
  next: Span | undefined,
): boolean {
  if (!next) return false;
  const before = text.slice(Math.max(paragraph.start, mark.at - 2), mark.at);
  if (mark.at !== paragraph.start && !/[:,]\s$/.test(before)) return false;
  return MARK_BEFORE_WORD.test(text.slice(next.start, next.start + 2));
}
