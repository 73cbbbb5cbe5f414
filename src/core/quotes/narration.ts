import { parseDateline } from '../article/parseDateline.ts';
import type { Dateline, Span } from '../schema.ts';
import { mapPacked } from '../text/mapPacked.ts';
import { isSpace, sentenceEnd, TerminatorCursor } from '../text/sentences.ts';
import { firstNameGender } from './firstNames.ts';
import { PLACES } from './lexicon/places.ts';
import { TITLES } from './lexicon/titles.ts';
import { findMentions } from './mentions/findMentions.ts';
import type { Mention } from './mentions/mention.ts';
import { tokenize, type Token } from './tokenize.ts';

/** One paragraph's narration (its text outside quotations), read once and shared by the rules. */
export type ParagraphNarration = {
  index: number;
  span: Span;
  tokens: Token[];
  mentions: Mention[];
  /** Sentence spans over the masked text, in order. */
  sentences: Span[];
  /** Mentions by the index of their first and of their last token. */
  mentionByFirst: MentionLookup;
  mentionByLast: MentionLookup;
};

/**
 * `MIAMI BEACH, Fla. -- James R. Hoffa was re-elected …`, `Austin, Texas -- Price Daniel
 * returned …`: a dateline opening a later paragraph, where a file of several stories starts the
 * next one after its headline. Only a place and a dash before a capital: a name and a dash ("Mr.
 * Jones -- the mayor -- said", "Tom Reed -- Nobody asked him") opens no dateline.
 */
function laterDateline(masked: string, start: number): Dateline | null {
  const dateline = parseDateline(masked, start);
  if (!dateline || !/[-–—]\s*$/.test(masked.slice(start, dateline.end))) return null;
  if (/^[A-Z][A-Z.'’]+\b/.test(dateline.place)) return dateline;
  if (!/^[A-Z]/.test(masked.charAt(dateline.end))) return null;
  // `Atlanta, Ga. --`, `Austin, Texas --`: a city and its state.
  if (/^[A-Z][a-z]+(?: [A-Z][a-z]+)*, [A-Z]/.test(dateline.place)) return dateline;
  // `Washington --`, `Fort Worth --`: a known place, or a word that is no name, title or "And".
  const words = dateline.place.split(' ');
  const opener = words[0] ?? '';
  return words.every((word) => PLACES.has(word.toLowerCase())) ||
    (firstNameGender(opener) === undefined &&
      !TITLES.has(opener.toLowerCase().replace(/\.$/, '')) &&
      !/^(?:And|But|Or|So|Yet|Then)$/.test(opener))
    ? dateline
    : null;
}

/** Finds a paragraph's mention by one of its token indices. */
export type MentionLookup = { get(tokenIndex: number): Mention | undefined };

/**
 * Reads every paragraph of the masked text: tokens, names and sentence breaks. The lead's
 * dateline (`Mumbai (Maharashtra) [India], November 20 (ANI):`) is where the story was filed,
 * not narration: its places and agency must never become the subject of the first sentence.
 */
export function readNarration(masked: string, paragraphs: readonly Span[]): ParagraphNarration[] {
  const terminators = new TerminatorCursor(masked);
  return mapPacked(paragraphs, (span, index) => {
    const dateline =
      index === 0 ? parseDateline(masked, span.start) : laterDateline(masked, span.start);
    const body = dateline ? { start: Math.min(dateline.end, span.end), end: span.end } : span;
    const tokens = tokenize(masked, body);
    const mentions = findMentions(tokens);
    return {
      index,
      span,
      tokens,
      mentions,
      sentences: splitSentences(masked, body, terminators),
      mentionByFirst: new MentionsBy(mentions, 'first'),
      mentionByLast: new MentionsBy(mentions, 'last'),
    };
  });
}

function splitSentences(
  masked: string,
  { start, end }: Span,
  terminators: TerminatorCursor,
): Span[] {
  const sentences: Span[] = [];
  let from = start;
  while (from < end) {
    const to = sentenceEnd(masked, from, end, terminators);
    sentences.push({ start: from, end: to });
    from = to;
    while (from < end && isSpace(masked.charCodeAt(from))) from++;
  }
  return sentences;
}

/**
 * Mentions never overlap and come in token order, so both their first and their last token
 * indices rise: a bisection finds one without building a map for every paragraph.
 */
class MentionsBy implements MentionLookup {
  constructor(
    private readonly mentions: readonly Mention[],
    private readonly key: 'first' | 'last',
  ) {}

  get(tokenIndex: number): Mention | undefined {
    const { mentions, key } = this;
    let low = 0;
    let high = mentions.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((mentions[middle] as Mention)[key] < tokenIndex) low = middle + 1;
      else high = middle;
    }
    const found = mentions[low];
    return found !== undefined && found[key] === tokenIndex ? found : undefined;
  }
}

/** The sentence of a paragraph that contains `offset` (or the last one before it). */
export function sentenceAt(paragraph: ParagraphNarration, offset: number): Span {
  const index = firstStartingAt(paragraph.sentences, offset + 1) - 1;
  return paragraph.sentences[Math.max(0, index)] ?? paragraph.span;
}

/** Index of the first token at or after `offset`. */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  return firstStartingAt(tokens, offset);
}

/** Index of the first item (sorted by start) that starts at or after `offset`. */
export function firstStartingAt(items: ReadonlyArray<{ start: number }>, offset: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((items[middle] as { start: number }).start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
