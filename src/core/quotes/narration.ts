import type { Span } from '../schema.ts';
import { sentenceEnd } from '../text/sentences.ts';
import { findMentions, type Mention } from './mentions.ts';
import { tokenize, type Token } from './tokenize.ts';

/** One paragraph's narration (its text outside quotations), read once and shared by the rules. */
export type ParagraphNarration = {
  index: number;
  span: Span;
  tokens: Token[];
  mentions: Mention[];
  /** Sentence spans over the masked text, in order. */
  sentences: Span[];
};

/** Reads every paragraph of the masked text: tokens, names and sentence breaks. */
export function readNarration(masked: string, paragraphs: readonly Span[]): ParagraphNarration[] {
  return paragraphs.map((span, index) => {
    const tokens = tokenize(masked, span);
    return {
      index,
      span,
      tokens,
      mentions: findMentions(tokens),
      sentences: splitSentences(masked, span),
    };
  });
}

function splitSentences(masked: string, { start, end }: Span): Span[] {
  const sentences: Span[] = [];
  let from = start;
  while (from < end) {
    const to = sentenceEnd(masked, from, end);
    sentences.push({ start: from, end: to });
    from = to;
    while (from < end && /\s/.test(masked.charAt(from))) from++;
  }
  return sentences;
}

/** The sentence of a paragraph that contains `offset` (or the last one before it). */
export function sentenceAt(paragraph: ParagraphNarration, offset: number): Span {
  let found = paragraph.sentences[0] ?? paragraph.span;
  for (const sentence of paragraph.sentences) {
    if (sentence.start <= offset) found = sentence;
    else break;
  }
  return found;
}

/** Index of the first token at or after `offset`. */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((tokens[middle] as Token).start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
