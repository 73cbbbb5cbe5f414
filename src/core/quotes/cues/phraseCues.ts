/**
 * Cues that are phrases rather than a subject and its reporting verb: "as X put it", "in the
 * words of", an infinitive ("to say"), a speech noun ("Blunt's verdict:").
 */

import type { ParagraphNarration } from '../narration.ts';
import { clauseSubject } from '../subjects/clauseSubject.ts';
import { subjectBefore } from '../subjects/subjectBefore.ts';
import type { Token } from '../tokenize.ts';
import { type CueMatch, sentenceFrom } from './cueMatch.ts';
import { sourceAfter } from './accordingTo.ts';

/**
 * `As Sen. John Cornyn put it after the speech, "…"`, `In the words of Sen. John Cornyn, "…"`:
 * whoever put it so, or whose words they are, speaks the quotation that follows.
 */
export function putItCue(
  paragraph: ParagraphNarration,
  to: number,
  from: number,
  outerStart: number,
): CueMatch | null {
  const { tokens } = paragraph;
  for (let v = to - 1; v > from && v >= to - PUT_IT_REACH; v--) {
    const token = tokens[v] as Token;
    if (/[.!?;]/.test(token.gap) && v < to - 1) return null;
    // "In the words of Sen. John Cornyn,", "to borrow the words of".
    if (
      token.lower === 'words' &&
      tokens[v + 1]?.lower === 'of' &&
      /^(?:in|borrow)$/.test(tokens[v - 2]?.lower ?? '') &&
      tokens[v - 1]?.lower === 'the'
    ) {
      // "of Sen. John Cornyn", "of one aide": its source, read as "according to" reads it.
      const source = sourceAfter(paragraph, v + 2, outerStart);
      if (!source) return null;
      return {
        verb: 'words of',
        start: token.start,
        end: (tokens[v + 1] as Token).end,
        subject: source,
        adjacent: true,
      };
    }
    if (token.lower !== 'put' || tokens[v + 1]?.lower !== 'it') continue;
    let as = v - 1;
    while (as > from && as >= v - 10 && (tokens[as] as Token).lower !== 'as') as--;
    if ((tokens[as] as Token | undefined)?.lower !== 'as') return null;
    const found = subjectBefore(paragraph, v, as + 1);
    if (!found) return null;
    return {
      verb: 'put it',
      start: token.start,
      end: (tokens[v + 1] as Token).end,
      subject: found.subject,
      adjacent: true,
    };
  }
  return null;
}

/** How many words before a quotation "as X put it" may stand. */
const PUT_IT_REACH = 16;

/**
 * `it is not always easy to say, "Just forget it."`, `he wanted to ask: "…"`: an infinitive
 * speech verb right before the quotation; its speaker is the clause's subject, and a dummy
 * "it" names nobody.
 */
export function infinitiveCue(
  paragraph: ParagraphNarration,
  to: number,
  from: number,
): CueMatch | null {
  const { tokens } = paragraph;
  const verb = tokens[to - 1];
  if (!verb || to - 2 < from || tokens[to - 2]?.lower !== 'to' || !tokens[to - 2]?.blank)
    return null;
  if (!/^(?:say|ask|tell|add|reply|answer)$/.test(verb.lower) || !/^[,:]\s*["“‘']?$/.test(verb.gap))
    return null;
  // "what Mr. Johnston has to say:", "the Field Marshal has this to say:": the subject of "has".
  let has = to - 3;
  if (/^(?:this|that|much|little|plenty|more|something|nothing)$/.test(tokens[has]?.lower ?? ''))
    has--;
  const holder = /^(?:has|had|have)$/.test(tokens[has]?.lower ?? '')
    ? subjectBefore(paragraph, has, from)?.subject
    : null;
  const subject = holder ?? clauseSubject(paragraph, sentenceFrom(paragraph, verb.start), to - 2);
  if (!subject) return null;
  const dummy = subject.kind === 'pronoun' && subject.word === 'it';
  return {
    verb: verb.word,
    start: verb.start,
    end: verb.end,
    subject: dummy ? null : subject,
    adjacent: true,
  };
}

/** Nouns that stand for what someone said: "Blunt's verdict:", "was the advice from". */
export const SPEECH_NOUNS = new Set(
  'verdict response reply answer message advice view take conclusion assessment words comment reaction explanation warning retort promise plea prediction summary argument instruction instructions motto mantra slogan refrain'.split(
    ' ',
  ),
);

/**
 * `Emily Blunt's verdict: "…"`, `Nair's response was blunt: "…"`: a name's words, introduced by
 * a colon right before the quotation.
 */
export function ownedWords(
  paragraph: ParagraphNarration,
  to: number,
  from: number,
): CueMatch | null {
  const { tokens } = paragraph;
  if (!/^:\s*["“‘']?$/.test(tokens[to - 1]?.gap ?? '')) return null;
  // `Nair's response was blunt: "…"`: a verdict on the words may stand between noun and colon.
  const judged =
    /^(?:was|is)$/.test(tokens[to - 2]?.lower ?? '') && tokens[to - 2]?.blank === true ? 2 : 0;
  const noun = tokens[to - 1 - judged];
  const owner = tokens[to - 2 - judged];
  if (!noun || !owner || to - 2 - judged < from || !owner.possessive || !owner.blank) return null;
  if (!SPEECH_NOUNS.has(noun.lower) || (judged > 0 && !noun.blank)) return null;
  const mention = paragraph.mentionByLast.get(to - 2 - judged);
  if (!mention || mention.kind === 'unknown') return null;
  return {
    verb: noun.word,
    start: noun.start,
    end: noun.end,
    subject: { kind: 'mention', mention },
    adjacent: true,
  };
}
