/**
 * Files of several stories (a wire page, a newspaper sample): each story after the first opens
 * with a headline paragraph. Who "he", "the witness" or the last speaker is never reaches back
 * across a headline into the story before; names still do (a crosshead inside one story is no
 * loss: "Mr Ashworth said" after it is still Graham Ashworth).
 */

import type { Span } from '../schema.ts';
import type { MentionLookup, ParagraphNarration } from './narration.ts';

/** Opens with a capital or a digit. */
const OPENS_CAPITAL_OR_DIGIT = /^[\p{Lu}\d]/u;

/** The most words a headline has. */
const HEADLINE_WORDS = 14;

/**
 * The paragraphs that open a new story, in order: a short line with no closing punctuation and
 * no quotation marks ("Farm boy wins prize", "Strike Talks Resume") after a paragraph that ended a
 * sentence. The first paragraph is never counted: it opens the first story anyway.
 */
export function storyStarts(text: string, paragraphs: readonly Span[]): number[] {
  const starts: number[] = [];
  for (let p = 1; p < paragraphs.length - 1; p++) {
    const line = text.slice((paragraphs[p] as Span).start, (paragraphs[p] as Span).end).trim();
    const previous = text
      .slice((paragraphs[p - 1] as Span).start, (paragraphs[p - 1] as Span).end)
      .trimEnd();
    if (isHeadline(line) && /[.!?"”'’)]$/.test(previous)) starts.push(p);
  }
  return starts;
}

/**
 * The headline paragraphs: those that open a later story, the first paragraph when it reads as
 * one and more follow, and the headline lines right after either ("Obituaries" ¶ "Judge Henry
 * Castle, Ex-Legislator").
 */
export function headlineParagraphs(
  text: string,
  paragraphs: readonly Span[],
  starts: readonly number[],
): number[] {
  const reads = (p: number) => {
    const span = paragraphs[p];
    return (
      span !== undefined &&
      p < paragraphs.length - 1 &&
      isHeadline(text.slice(span.start, span.end).trim())
    );
  };
  const headlines: number[] = [];
  for (const start of reads(0) ? [0, ...starts] : starts)
    for (let p = start; p === start || reads(p); p++) headlines.push(p);
  return headlines;
}

/**
 * "Ortiz Decisions Kelly", "Space Chief Testifies": a headline's capitals are no names, so its
 * paragraph keeps its words and loses its names.
 */
export function withoutNames(paragraph: ParagraphNarration): ParagraphNarration {
  return {
    ...paragraph,
    mentions: [],
    mentionByFirst: EMPTY_LOOKUP,
    mentionByLast: EMPTY_LOOKUP,
  };
}

function isHeadline(line: string): boolean {
  if (line === '' || line.includes('\n') || /[.!?,;:"“”`'‘’]$|["“”`]|''/.test(line)) return false;
  // "Labour MP Rachael Maskell said: 'I cannot vote for this.'": single marks after a colon
  // open speech ("Divorce granted in 'wrestling' case" is a headline).
  if (/:\s*['‘]/.test(line)) return false;
  const words = line.split(/\s+/);
  // "Boy Scout Saves Sister": capitalised words and a few small ones, not a sentence fragment.
  return words.length <= HEADLINE_WORDS && OPENS_CAPITAL_OR_DIGIT.test(line);
}

/**
 * The narration one story at a time, in one array: the story shown has its paragraphs, every other
 * paragraph is blank (no words, no names), so paragraph indexes stay as they are. Showing the
 * next story blanks the one before and fills in its own, so a file of many stories costs each
 * paragraph a few writes in all, not one per story.
 */
export class StoryView {
  readonly paragraphs: ParagraphNarration[];
  private from = 0;
  private to = 0;
  private readonly blanks: readonly ParagraphNarration[];

  constructor(private readonly narration: readonly ParagraphNarration[]) {
    this.blanks = narration.map(blank);
    this.paragraphs = [...this.blanks];
  }

  /** Shows the story that runs from paragraph `from` to before `to`, and only it. */
  show(from: number, to: number): readonly ParagraphNarration[] {
    for (let p = this.from; p < this.to; p++)
      this.paragraphs[p] = this.blanks[p] as ParagraphNarration;
    for (let p = from; p < to; p++) this.paragraphs[p] = this.narration[p] as ParagraphNarration;
    this.from = from;
    this.to = to;
    return this.paragraphs;
  }
}

const EMPTY_LOOKUP: MentionLookup = { get: () => undefined };

function blank(paragraph: ParagraphNarration): ParagraphNarration {
  return {
    index: paragraph.index,
    span: paragraph.span,
    tokens: [],
    mentions: [],
    sentences: [],
    mentionByFirst: EMPTY_LOOKUP,
    mentionByLast: EMPTY_LOOKUP,
  };
}

/**
 * How far into its story paragraph `index` stands: 0 for the story's first paragraph, 1 for the
 * second, 2 for any later one. A story starts after a blank paragraph (another story's) or at
 * the file's start.
 */
export function placeInStory(narration: readonly ParagraphNarration[], index: number): number {
  let place = 0;
  while (place < 2 && (narration[index - place - 1]?.tokens.length ?? 0) > 0) place++;
  return place;
}
