import type { Span } from '../schema.ts';
import type { EngineWarning } from './types.ts';

/** One quotation's place in the text, before anyone asks who said it. */
export type QuoteSpan = {
  /** The words between the marks, whitespace trimmed. */
  start: number;
  end: number;
  /** From the opening mark to after the closing mark (or to the paragraph end when it runs on). */
  outerStart: number;
  outerEnd: number;
  paragraph: number;
  /** Continues a quotation left open at the end of the previous paragraph. */
  continues: boolean;
  /** Left open at the paragraph end and taken up again by the next paragraph. */
  runsOn: boolean;
};

type Family = 'double' | 'single';

type Mark = {
  at: number;
  length: number;
  family: Family;
  canOpen: boolean;
  canClose: boolean;
};

const OPEN_DOUBLE = new Set(['“', '„', '‟', '«']);
const CLOSE_DOUBLE = new Set(['”', '»']);
const QUOTE_CHARS = new Set(['"', '“', '”', '„', '‟', '«', '»', "'", '‘', '’', '`']);
const MARK = /["“”„‟«»'‘’`]/g;
/**
 * Words that start with an apostrophe rather than an opening single quotation mark: `'90s`, `'24
 * election`, `'em`; but `'24/7 service'`, `'8am scramble'` and `'2,000 surgeries'` are quoted.
 */
const ELISIONS = /^(?:\d\d(?![\d/,.:])|em\b|tis\b|twas\b|til\b|cause\b|n\b|n'|bout\b|round\b|s\b)/i;

/**
 * Finds every quotation in the body paragraphs: straight, curly and typewriter (``…'') double
 * marks, single marks as the outer marks when a paragraph uses them that way, apostrophes left
 * alone. A mark left open at a paragraph end either continues into the next paragraph (which then
 * opens with a mark, the newspaper convention) or is reported and closed at the paragraph end.
 */
export function findQuoteSpans(
  text: string,
  paragraphs: readonly Span[],
): { spans: QuoteSpan[]; warnings: EngineWarning[] } {
  const spans: QuoteSpan[] = [];
  const warnings: EngineWarning[] = [];
  let carriesOver = false;
  const positions = markPositions(text);
  let nextPosition = 0;
  const found: Found = { text, spans, warnings, paragraph: 0 };

  paragraphs.forEach((paragraph, index) => {
    while (nextPosition < positions.length && (positions[nextPosition] as number) < paragraph.start)
      nextPosition++;
    const first = nextPosition;
    while (nextPosition < positions.length && (positions[nextPosition] as number) < paragraph.end)
      nextPosition++;
    const marks = scanMarks(text, paragraph, positions, first, nextPosition);
    const singleCloser = nextSingleCloser(text, marks, paragraph.end);
    let open: Mark | null = null;
    // A single mark left open at the paragraph end, taken up by the next paragraph's opening one.
    let openSingle: Mark | null = null;
    let continues = carriesOver;
    carriesOver = false;

    found.paragraph = index;
    for (let k = 0; k < marks.length; k++) {
      const mark = marks[k] as Mark;
      if (open) {
        if (mark.family !== 'double') continue;
        if (mark.canClose) {
          if (
            emit(found, continues, open.at, open.at + open.length, mark.at, mark.at + mark.length)
          )
            continues = false;
          open = null;
        } else {
          warnings.push({ message: 'quotation mark never closed', offset: open.at });
          continues = false;
          open = mark;
        }
      } else if (mark.family === 'double') {
        if (mark.canOpen) open = mark;
        else
          warnings.push({
            message: 'closing quotation mark without an opening one',
            offset: mark.at,
          });
      } else if (
        mark.canOpen &&
        !ELISIONS.test(text.slice(mark.at + mark.length, mark.at + mark.length + 3))
      ) {
        const closerIndex = singleCloser[k] ?? -1;
        const closer = marks[closerIndex];
        // "said: 'Nobody wants to go on strike. ¶ 'But the company …'": British copy reopens a
        // quotation with a single mark in each paragraph it runs over, as with double marks.
        if (!closer && singleRunsOn(text, mark, paragraph, paragraphs[index + 1])) {
          openSingle = mark;
          break;
        }
        if (closer) {
          if (
            emit(
              found,
              continues,
              mark.at,
              mark.at + mark.length,
              closer.at,
              closer.at + closer.length,
            )
          )
            continues = false;
          k = closerIndex;
        }
      }
    }

    if (openSingle) {
      carriesOver = true;
      emit(
        found,
        continues,
        openSingle.at,
        openSingle.at + openSingle.length,
        paragraph.end,
        paragraph.end,
        true,
      );
    } else if (open) {
      const next = paragraphs[index + 1];
      carriesOver = next !== undefined && opensWithDoubleMark(text, next);
      if (!carriesOver) warnings.push({ message: 'quotation mark never closed', offset: open.at });
      emit(
        found,
        continues,
        open.at,
        open.at + open.length,
        paragraph.end,
        paragraph.end,
        carriesOver,
      );
    }
  });
  return { spans, warnings };
}

/** Where `emit` adds what it finds: the text, its results, and the paragraph being read. */
type Found = { text: string; spans: QuoteSpan[]; warnings: EngineWarning[]; paragraph: number };

/**
 * Adds the quotation between `innerStart` and `innerEnd` (or warns that it is empty); true when
 * it was added, which ends the paragraph's continuation of the previous one. A module function,
 * not a closure per paragraph: making that closure cost more than most paragraphs' marks.
 */
function emit(
  { text, spans, warnings, paragraph }: Found,
  continues: boolean,
  from: number,
  innerStart: number,
  innerEnd: number,
  outerEnd: number,
  runsOn = false,
): boolean {
  const inner = trimmed(text, innerStart, innerEnd);
  if (!inner) {
    warnings.push({ message: 'empty quotation', offset: from });
    return false;
  }
  spans.push({
    start: inner.start,
    end: inner.end,
    outerStart: from,
    outerEnd,
    paragraph,
    continues,
    runsOn,
  });
  return true;
}

/** Offsets of every quotation-mark character in the text, found in one pass. */
function markPositions(text: string): number[] {
  const positions: number[] = [];
  MARK.lastIndex = 0;
  for (let found = MARK.exec(text); found; found = MARK.exec(text)) positions.push(found.index);
  return positions;
}

function scanMarks(
  text: string,
  { start, end }: Span,
  positions: readonly number[],
  from: number,
  to: number,
): Mark[] {
  const marks: Mark[] = [];
  let skipUntil = -1;
  for (let p = from; p < to; p++) {
    const i = positions[p] as number;
    if (i < skipUntil) continue;
    const char = text.charAt(i);
    const pair = text.slice(i, i + 2);
    const length = pair === '``' || pair === "''" ? 2 : 1;
    const prev = i > start ? text.charAt(i - 1) : '';
    const next = i + length < end ? text.charAt(i + length) : '';
    const left = !isSpace(next) && opensAfter(prev);
    const right = !isSpace(prev) && closesBefore(next);
    if (length === 2) {
      marks.push({
        at: i,
        length,
        family: 'double',
        canOpen: pair === '``',
        canClose: pair === "''",
      });
      skipUntil = i + 2;
    } else if (char === '"') {
      marks.push({
        at: i,
        length,
        family: 'double',
        canOpen: left || !right,
        canClose: right || !left,
      });
    } else if (OPEN_DOUBLE.has(char)) {
      const misused = right && !left;
      marks.push({ at: i, length, family: 'double', canOpen: !misused, canClose: misused });
    } else if (CLOSE_DOUBLE.has(char)) {
      const misused = left && !right;
      marks.push({ at: i, length, family: 'double', canOpen: misused, canClose: !misused });
    } else if (char === '‘' || char === '`') {
      marks.push({
        at: i,
        length,
        family: 'single',
        canOpen: !(right && !left),
        canClose: right && !left,
      });
    } else {
      // ’ and ' : a closing single mark or an apostrophe; only a straight one may open.
      marks.push({
        at: i,
        length,
        family: 'single',
        canOpen: char === "'" && left,
        canClose: right,
      });
    }
  }
  return marks;
}

/**
 * For each single mark, the index of the single mark that would close a quotation it opens. A
 * mark that reads as a plural's apostrophe (`the players’ union`) closes only when no other closer
 * comes before the next quotation opens: `there were ‘difficult choices’ ahead`.
 */
function nextSingleCloser(text: string, marks: readonly Mark[], paragraphEnd: number): number[] {
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
function singleRunsOn(text: string, mark: Mark, paragraph: Span, next: Span | undefined): boolean {
  if (!next) return false;
  const before = text.slice(Math.max(paragraph.start, mark.at - 2), mark.at);
  if (mark.at !== paragraph.start && !/[:,]\s$/.test(before)) return false;
  return /^['‘][\p{L}\p{N}]/u.test(text.slice(next.start, next.start + 2));
}

function opensWithDoubleMark(text: string, { start }: Span): boolean {
  const char = text.charAt(start);
  return char === '"' || OPEN_DOUBLE.has(char) || text.startsWith('``', start);
}

function opensAfter(prev: string): boolean {
  return isSpace(prev) || /[([{\u2014\u2013\-/:;,]/.test(prev) || QUOTE_CHARS.has(prev);
}

function closesBefore(next: string): boolean {
  return isSpace(next) || /[)\]}.,;:!?…\u2014\u2013\-/]/.test(next) || QUOTE_CHARS.has(next);
}

function isSpace(char: string): boolean {
  return char === '' || char === ' ' || (char > ' ' && char < '\u00a0' ? false : /\s/.test(char));
}

function trimmed(text: string, start: number, end: number): Span | null {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charAt(s))) s++;
  while (e > s && isSpace(text.charAt(e - 1))) e--;
  for (let k = s; k < e; k++) {
    const code = text.charCodeAt(k);
    const ascii = (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
    if (ascii || (code >= 128 && LETTER_OR_DIGIT.test(text.charAt(k)))) return { start: s, end: e };
  }
  return null;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
