/**
 * Cues that are phrases rather than a subject and its reporting verb: "as X put it", "in the
 * words of", an infinitive ("to say"), a speech noun ("Blunt's verdict:").
 */

import { isCueVerb, verbText } from '../cueVerbs.ts';
import type { ParagraphNarration } from '../narration.ts';
import { clauseSubject } from '../subjects/clauseSubject.ts';
import { subjectAfter } from '../subjects/subjectAfter.ts';
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
 * `Emily Blunt's verdict: "…"`, `Nair's response was blunt: "…"`, `Batts's verdict on the plan:
 * "…"`, `The response from Councillor Declan Furlong was blunt: "…"`: someone's words,
 * introduced by a colon right before the quotation.
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
  const end = to - 1 - judged;
  for (let n = end; n >= from && n >= end - OWNED_REACH; n--) {
    const noun = tokens[n] as Token;
    if (!SPEECH_NOUNS.has(noun.lower) || (n < end && !noun.blank)) continue;
    const cue = { verb: noun.word, start: noun.start, end: noun.end, adjacent: true };
    const owner = tokens[n - 1];
    const link = tokens[n + 1]?.lower ?? '';
    // "Batts's verdict", "Batts's verdict on the plan".
    if (owner?.possessive && owner.blank && n - 1 >= from && (n === end || ABOUT.test(link))) {
      const mention = paragraph.mentionByLast.get(n - 1);
      if (!mention || mention.kind === 'unknown') return null;
      return { ...cue, subject: { kind: 'mention', mention } };
    }
    // "The verdict of Commissioner Oren Batts", "The response from X": the name closes it.
    if (owner?.lower === 'the' && n - 1 >= from && /^(?:of|from)$/.test(link)) {
      const mention = paragraph.mentionByLast.get(end);
      if (!mention || mention.kind === 'unknown' || mention.first < n + 2) return null;
      return { ...cue, subject: { kind: 'mention', mention } };
    }
    return null;
  }
  return null;
}

/** Words that say what the words were about: "verdict on the plan", "message to the mayor". */
const ABOUT = /^(?:on|about|to|for)$/;

/** How many words a speech noun may stand before its colon: "verdict on the new plan:". */
const OWNED_REACH = 5;

/**
 * `"…" was how Councillor Declan Furlong put it.`, `"…," came the reply from Councillor Declan
 * Furlong.`, `"It is a blank check." So said Commissioner Oren Batts.`: a phrase right after a
 * quotation (at token `first`, before offset `limit`) that says whose words they were.
 */
export function phraseCueAfter(
  paragraph: ParagraphNarration,
  first: number,
  limit: number,
): CueMatch | null {
  const { tokens } = paragraph;
  const head = tokens[first] as Token;
  const next = tokens[first + 1]?.lower ?? '';
  // "was how X put it", "was the way X put it".
  const opener =
    /^(?:was|is)$/.test(head.lower) && next === 'how'
      ? first + 2
      : /^(?:was|is)$/.test(head.lower) && next === 'the' && tokens[first + 2]?.lower === 'way'
        ? first + 3
        : -1;
  for (let v = opener + 1; opener > 0 && v <= opener + PUT_IT_REACH; v++) {
    const token = tokens[v];
    if (!token || token.start >= limit || /[.!?;]/.test((tokens[v - 1] as Token).gap)) break;
    if (token.lower !== 'put' || tokens[v + 1]?.lower !== 'it') continue;
    const found = subjectBefore(paragraph, v, opener);
    if (!found) return null;
    const end = (tokens[v + 1] as Token).end;
    return { verb: 'put it', start: token.start, end, subject: found.subject, adjacent: true };
  }
  // "came the reply from X".
  const noun = tokens[first + 2];
  if (
    head.lower === 'came' &&
    next === 'the' &&
    noun !== undefined &&
    SPEECH_NOUNS.has(noun.lower) &&
    /^(?:from|of)$/.test(tokens[first + 3]?.lower ?? '')
  ) {
    const subject = subjectAfter(paragraph, first + 4, limit);
    return subject
      ? { verb: noun.word, start: noun.start, end: noun.end, subject, adjacent: true }
      : null;
  }
  // "So said X", "Thus spoke X".
  if (/^(?:so|thus)$/.test(head.lower) && head.blank && isCueVerb(tokens, first + 1)) {
    const { verb, end } = verbText(tokens, first + 1);
    const subject = subjectAfter(paragraph, first + (verb.includes(' ') ? 3 : 2), limit);
    const start = (tokens[first + 1] as Token).start;
    return subject ? { verb, start, end, subject, adjacent: true } : null;
  }
  return null;
}
