/**
 * Which marks open and close a quotation: the spans of every quotation in the body paragraphs, a
 * quotation run on into the next paragraph, and a warning for one left open.
 */

import type { Span } from '../../schema.ts';
import type { EngineWarning } from '../types.ts';
import { markPositions, scanMarks, type Mark, opensWithDoubleMark } from './quoteMarks.ts';
import { isSpace } from '../../text/sentences.ts';
import { nextSingleCloser, ELISIONS, singleRunsOn } from './singleMarks.ts';

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

function trimmed(text: string, start: number, end: number): Span | null {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  for (let k = s; k < e; k++) {
    const code = text.charCodeAt(k);
    const ascii = (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
    if (ascii || (code >= 128 && LETTER_OR_DIGIT.test(text.charAt(k)))) return { start: s, end: e };
  }
  return null;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
