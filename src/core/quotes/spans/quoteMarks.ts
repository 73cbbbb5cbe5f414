/**
 * The quotation marks of a text: where they are, their family (double or single), and whether each
 * can open or close (a straight mark by what flanks it, CommonMark's rule).
 */

import type { Span } from '../../schema.ts';
import { isSpace } from '../../text/sentences.ts';

type Family = 'double' | 'single';

export type Mark = {
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

/** Offsets of every quotation-mark character in the text, found in one pass. */
export function markPositions(text: string): number[] {
  const positions: number[] = [];
  MARK.lastIndex = 0;
  for (let found = MARK.exec(text); found; found = MARK.exec(text)) positions.push(found.index);
  return positions;
}

export function scanMarks(
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
    const left = !spaceOrEdge(next) && opensAfter(prev);
    const right = !spaceOrEdge(prev) && closesBefore(next);
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

export function opensWithDoubleMark(text: string, { start }: Span): boolean {
  const char = text.charAt(start);
  return char === '"' || OPEN_DOUBLE.has(char) || text.startsWith('``', start);
}

function opensAfter(prev: string): boolean {
  return spaceOrEdge(prev) || /[([{\u2014\u2013\-/:;,]/.test(prev) || QUOTE_CHARS.has(prev);
}

function closesBefore(next: string): boolean {
  return spaceOrEdge(next) || /[)\]}.,;:!?…\u2014\u2013\-/]/.test(next) || QUOTE_CHARS.has(next);
}

/** A character `\s` matches, or '' (the paragraph's edge, which flanks a mark as a space does). */
function spaceOrEdge(char: string): boolean {
  return char === '' || isSpace(char.charCodeAt(0));
}
