/**
 * Questions and answers quoted without tags after the sentence that sets them up: "State
 * Attorney Rufus Tolbert led her through the events." ¶ "Did your husband say anything?" ¶ "He
 * said he was afraid of him." The questions are the questioner's, the answers the questioned
 * person's, however many turns the exchange takes.
 */

import { firstStartingAt, sentenceAt, type ParagraphNarration } from '../narration.ts';
import type { Subject } from '../subjects/subject.ts';
import { subjectBefore } from '../subjects/subjectBefore.ts';
import type { Token } from '../tokenize.ts';
import type { Entity } from '../registry/entity.ts';
import { QUESTION_END, type Located } from './askers.ts';
import type { Resolution } from './resolution.ts';
import { LOWER_WORD } from '../../text/wordShapes.ts';

/** Verbs that set up an exchange of questions: "Katz questioned the surgeon", "led her through". */
const QUESTIONING =
  /^(?:asked|questioned|led|cross-examined|examined|pressed|quizzed|grilled|interrogated)$/;

/** The people of an exchange, as the sentence setting it up names them. */
export type Exchange = {
  /** The paragraph that sets the exchange up. */
  paragraph: number;
  questioner: Subject;
  /** The object of the questioning verb, if the sentence names one. */
  questioned: Subject | null;
};

/** A quotation's turn in an exchange: a question (the questioner's) or an answer. */
export type Turn = { asks: boolean; exchange: Exchange };

/** What resolves an exchange's people: the speaker resolver. */
type SubjectResolver = {
  resolve(
    subject: Subject,
    paragraphIndex: number,
    quoted?: string,
    asker?: Entity | null,
  ): Resolution;
};

/** The people of each exchange, resolved once: the questioner, and the one questioned. */
const resolved = new WeakMap<Exchange, { asking: Resolution; asked: Resolution }>();

/**
 * The speaker of a turn: the questioner for a question; for an answer the one questioned,
 * resolved with the questioner excluded (nobody when the sentence names no one else).
 */
export function turnSpeaker(turn: Turn, resolver: SubjectResolver): Resolution {
  const { exchange } = turn;
  let people = resolved.get(exchange);
  if (!people) {
    const asking = resolver.resolve(exchange.questioner, exchange.paragraph);
    const asked = exchange.questioned
      ? resolver.resolve(exchange.questioned, exchange.paragraph, '', asking.entity)
      : null;
    people = {
      asking,
      asked:
        asked && asked.entity !== asking.entity ? asked : { entity: null, attribution: 'unknown' },
    };
    resolved.set(exchange, people);
  }
  return turn.asks ? people.asking : people.asked;
}

/**
 * The turns of every exchange in `located`, by the quotation's index: a run of at least two
 * paragraphs that each hold one untagged quotation and nothing else, opening with a question,
 * right after a sentence whose verb puts questions to someone.
 */
export function exchangeTurns(
  located: readonly Located[],
  text: string,
  narration: readonly ParagraphNarration[],
): Map<number, Turn> {
  const turns = new Map<number, Turn>();
  for (let i = 0; i < located.length; i++) {
    if (!untaggedAlone(located, i, text, narration) || !asks(located[i] as Located, text)) continue;
    let end = i + 1;
    while (
      end < located.length &&
      (located[end] as Located).span.paragraph ===
        (located[end - 1] as Located).span.paragraph + 1 &&
      untaggedAlone(located, end, text, narration)
    )
      end++;
    if (end - i < 2) continue;
    const exchange = setUp(narration, (located[i] as Located).span.paragraph - 1);
    if (!exchange) continue;
    for (let k = i; k < end; k++)
      turns.set(k, { asks: asks(located[k] as Located, text), exchange });
    i = end - 1;
  }
  return turns;
}

/** The direct quotation at `index` has no cue and its paragraph holds nothing else. */
export function untaggedAlone(
  located: readonly Located[],
  index: number,
  text: string,
  narration: readonly ParagraphNarration[],
): boolean {
  const { span, cue, kind } = located[index] as Located;
  const paragraph = narration[span.paragraph];
  return (
    cue === null &&
    kind === 'direct' &&
    !span.continues &&
    !span.runsOn &&
    paragraph !== undefined &&
    located[index - 1]?.span.paragraph !== span.paragraph &&
    located[index + 1]?.span.paragraph !== span.paragraph &&
    text.slice(paragraph.span.start, span.outerStart).trim() === '' &&
    text.slice(span.outerEnd, paragraph.span.end).trim() === ''
  );
}

/** The quotation asks a question. */
function asks({ span }: Located, text: string): boolean {
  return QUESTION_END.test(text.slice(span.start, span.end));
}

/**
 * The questioner and the one questioned in the last sentence of paragraph `index`: the subject
 * of a questioning verb and its object ("her", "the surgeon", "Mrs. Castell"); null when the
 * sentence has no such verb.
 */
function setUp(narration: readonly ParagraphNarration[], index: number): Exchange | null {
  const paragraph = narration[index];
  if (!paragraph) return null;
  const { tokens } = paragraph;
  const sentence = sentenceAt(paragraph, paragraph.span.end - 1);
  const min = firstStartingAt(tokens, sentence.start);
  for (let v = min + 1; v < tokens.length; v++) {
    if (!QUESTIONING.test((tokens[v] as Token).lower)) continue;
    const found = subjectBefore(paragraph, v, min);
    if (!found || found.subject.kind === 'pronoun') return null;
    return { paragraph: index, questioner: found.subject, questioned: objectAfter(paragraph, v) };
  }
  return null;
}

/** The object of the verb at `v`: a name, "her" or "him", or "the" and a role noun. */
function objectAfter(paragraph: ParagraphNarration, v: number): Subject | null {
  const { tokens } = paragraph;
  const next = tokens[v + 1];
  if (!next) return null;
  const named = paragraph.mentionByFirst.get(v + 1);
  if (named?.kind === 'person') return { kind: 'mention', mention: named };
  if (next.lower === 'her' || next.lower === 'him')
    return { kind: 'pronoun', word: next.lower === 'her' ? 'she' : 'he', at: next.start };
  const role = tokens[v + 2];
  if (next.lower === 'the' && role && LOWER_WORD.test(role.word))
    return { kind: 'role', words: [role.lower], definite: true, at: role.start };
  return null;
}

/**
 * "“Are you afraid, Colonel?” one reporter asked. ¶ “I'd be a liar …,” the astronaut said. ¶
 * “What does your wife think?” ¶ “She thinks I'm crazy.”": an untagged question after an answer
 * to an earlier question is asked from the same side as that question, and an untagged answer
 * after it comes from whoever answered before. The index of the quotation two paragraphs back
 * whose speaker takes this turn; undefined when the quotation at `index` is no such turn.
 */
export function alternatingTurn(
  located: readonly Located[],
  index: number,
  text: string,
  narration: readonly ParagraphNarration[],
): number | undefined {
  const current = located[index];
  const previous = located[index - 1];
  if (!current || !previous || !untaggedAlone(located, index, text, narration)) return undefined;
  // The previous paragraph's first quotation, and the last one of the paragraph before it.
  const first = firstOf(located, index - 1);
  const before = located[first - 1];
  if (
    !before ||
    previous.kind === 'other' ||
    before.kind === 'other' ||
    previous.span.paragraph !== current.span.paragraph - 1 ||
    before.span.paragraph !== previous.span.paragraph - 1
  )
    return undefined;
  // Turns only alternate cleanly: no question inside an answer ("What is it?" she asked. "…
  // That boat in the river, maybe.").
  const question = asks(current, text);
  return question !== questionIn(located, first, index, text) &&
    question === questionIn(located, firstOf(located, first - 1), first, text)
    ? first - 1
    : undefined;
}

/** The index of the first quotation in the paragraph of quotation `index`. */
function firstOf(located: readonly Located[], index: number): number {
  let first = index;
  const { paragraph } = (located[index] as Located).span;
  while ((located[first - 1] as Located | undefined)?.span.paragraph === paragraph) first--;
  return first;
}

/** Some quotation from `from` up to `to` holds a question mark. */
function questionIn(located: readonly Located[], from: number, to: number, text: string): boolean {
  for (let k = from; k < to; k++) {
    const { span } = located[k] as Located;
    if (text.slice(span.start, span.end).includes('?')) return true;
  }
  return false;
}
