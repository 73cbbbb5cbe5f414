/**
 * The cue right after a quotation (`"…," he said`, `"…," said Peskov`) or closing the sentence it
 * sits inside (`The plan is "dead" and buried, Shah said on Sunday.`).
 */

import { isCueVerb, verbText } from '../cueVerbs.ts';
import { tokenIndexAt, type ParagraphNarration } from '../narration.ts';
import { linksTitle } from '../subjects/namedSubjects.ts';
import { isModifierNoun, isRoleNoun, roleAfterModifiers } from '../subjects/roleNouns.ts';
import { subjectAfter } from '../subjects/subjectAfter.ts';
import { subjectBefore } from '../subjects/subjectBefore.ts';
import { DETERMINERS } from '../lexicon/commonWords.ts';
import { ORGANISATION_WORDS } from '../lexicon/organisations.ts';
import type { Token } from '../tokenize.ts';
import { AGE } from '../subjects/wordTests.ts';
import type { CueMatch } from './cueMatch.ts';
import { isAccordingTo, sourceAfter } from './accordingTo.ts';
import { phraseCueAfter, SPEECH_NOUNS } from './phraseCues.ts';
import { earlierCueSubject, quotedAsSaying, hedgeStart } from './cueSubjects.ts';
import { LOWER_WORD } from '../../text/wordShapes.ts';

/**
 * A cue right after a quotation: `"…," he said`, `"…," said Peskov`, `"…," Peskov noted when
 * asked`, `"…," according to the ministry`. `limit` is where the narration after it stops.
 */
export function findCueAfter(
  paragraph: ParagraphNarration,
  masked: string,
  outerEnd: number,
  limit: number,
): CueMatch | null {
  const { tokens } = paragraph;
  const first = tokenIndexAt(tokens, outerEnd);
  const head = tokens[first];
  if (
    !head ||
    head.start >= limit ||
    !/^[\s,.;:!?…—–\-)]*$/.test(masked.slice(outerEnd, head.start))
  )
    return null;

  if (isAccordingTo(tokens, first)) {
    const subject = sourceAfter(paragraph, first + 2, limit);
    return subject
      ? {
          verb: `${head.word} ${(tokens[first + 1] as Token).word}`,
          start: head.start,
          end: (tokens[first + 1] as Token).end,
          subject,
          adjacent: true,
        }
      : null;
  }
  // `"Keep making movies," was the advice from Steven Spielberg.`
  if (
    /^(?:was|is)$/.test(head.lower) &&
    tokens[first + 1]?.lower === 'the' &&
    SPEECH_NOUNS.has(tokens[first + 2]?.lower ?? '') &&
    /^(?:from|of)$/.test(tokens[first + 3]?.lower ?? '')
  ) {
    const subject = subjectAfter(paragraph, first + 4, limit);
    const noun = tokens[first + 2] as Token;
    if (subject)
      return { verb: noun.word, start: noun.start, end: noun.end, subject, adjacent: true };
  }
  const phrase = phraseCueAfter(paragraph, first, limit);
  if (phrase) return phrase;
  if (isCueVerb(tokens, first)) {
    const { verb, end } = verbText(tokens, first);
    // "Huang said controls had been "a failure", arguing they …": a participle's subject is
    // the reporting verb's before it; the words after it are what it argues.
    const subject = /ing$/.test(head.lower)
      ? earlierCueSubject(paragraph, first)
      : subjectAfter(paragraph, first + (verb.includes(' ') ? 2 : 1), limit);
    // `if the "discrimination" continued.`: a verb that ends the sentence with no subject after
    // it has the quoted words for its subject, and reports nothing.
    if (!subject && /^[.!?;]/.test((tokens[first + (verb.includes(' ') ? 1 : 0)] as Token).gap))
      return null;
    // `remark that "…" continued to draw protests`: the quoted words are the verb's subject.
    if (!subject && tokens[first + (verb.includes(' ') ? 2 : 1)]?.lower === 'to') return null;
    return { verb, start: head.start, end, subject, adjacent: true };
  }
  for (
    let v = first + 1;
    v < tokens.length && v <= first + 12 && (tokens[v] as Token).start < limit;
    v++
  ) {
    if (!isCueVerb(tokens, v)) continue;
    const lead = attributionLead(tokens, first);
    // `"…," she was quoted as saying by the Financial Times.`, `"…," Gagarin was quoted by Tass
    // as saying.`: the subject of "quoted" speaks.
    const quoted = quotedAsSaying(paragraph, v, lead);
    if (quoted) {
      const { verb, end } = verbText(tokens, v);
      return { verb, start: (tokens[v] as Token).start, end, subject: quoted, adjacent: true };
    }
    const found = subjectBefore(paragraph, hedgeStart(tokens, v), lead);
    if (!found || !titlePhrase(tokens, lead, found.from)) return null;
    const { verb, end } = verbText(tokens, v);
    // `"…conservative." He added that more data were needed.`: the verb opens a reported clause
    // of its own, so it reports something else.
    if (tokens[v + (verb.includes(' ') ? 2 : 1)]?.lower === 'that') return null;
    return { verb, start: (tokens[v] as Token).start, end, subject: found.subject, adjacent: true };
  }
  return null;
}

/**
 * Tokens `from` to `to` (exclusive) only describe the subject that follows them:
 * `Deputy Commissioner of Police (North) Manoj Meena said`.
 */
function titlePhrase(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const token = tokens[k] as Token;
    // "general secretary (communications)": a bracketed word inside the title.
    const bracketed = /\($/.test(tokens[k - 1]?.gap ?? '') && /^\)/.test(token.gap);
    const describes =
      token.capitalised ||
      isRoleNoun(token.lower) ||
      token.lower === 'of' ||
      bracketed ||
      // "department spokesperson Kevin Roth": a noun that says whose spokesperson.
      (isModifierNoun(token.lower) && isRoleNoun(tokens[k + 1]?.lower ?? '')) ||
      // "a protesting doctor", "an angry local resident": words that describe the role after.
      (LOWER_WORD.test(token.word) && roleAfterModifiers(tokens, k) > 0) ||
      // "the chair of the Least Developed Countries group, Evans Njewa,".
      (DETERMINERS.has(token.lower) &&
        (k === from || /^(?:of|for|to)$/.test(tokens[k - 1]?.lower ?? ''))) ||
      // "Minister for Health Jennifer Carroll MacNeill", "Ambassador to the UN Mike Waltz".
      linksTitle(tokens, k) ||
      // "an emotional Akash Deep", "a visibly upset Gill", "the 22-year-old Tomasso": words
      // describing the name after them; "the older Pietrowski" picks one of a family instead.
      (/^(?:a|an|the)$/.test(tokens[from]?.lower ?? '') &&
        k > from &&
        k >= to - 2 &&
        ((LOWER_WORD.test(token.word) && !/(?:er|est)$/.test(token.lower)) ||
          AGE.test(token.lower)) &&
        token.blank) ||
      (ORGANISATION_WORDS.has(token.lower) && tokens[k - 1]?.capitalised === true) ||
      // "GM Chair and CEO Mary Barra", "founder and CEO Deepinder Goyal", "senior BJD leader
      // and former minister Prasanna Acharya".
      (token.lower === 'and' &&
        (tokens[k - 1]?.capitalised === true || isRoleNoun(tokens[k - 1]?.lower ?? '')) &&
        (tokens[k + 1]?.capitalised === true ||
          isRoleNoun(tokens[k + 1]?.lower ?? '') ||
          roleAfterModifiers(tokens, k + 1) > 0));
    if (!describes) return false;
  }
  return true;
}

/**
 * `"…." That is how Maria Lopez described it`, `That's what Tom Reed said`: the token after such a
 * lead, where the subject may start; `first` when there is none.
 */
function attributionLead(tokens: readonly Token[], first: number): number {
  const head = tokens[first];
  if (!head || !/^(?:that|this)$/.test(head.lower)) return first;
  const contracted = head.possessive ? first + 1 : -1;
  const spelled =
    /^(?:is|was)$/.test(tokens[first + 1]?.lower ?? '') && head.blank ? first + 2 : -1;
  const at = Math.max(contracted, spelled);
  return at > 0 && /^(?:how|what)$/.test(tokens[at]?.lower ?? '') ? at + 1 : first;
}

/** What may follow a sentence's closing cue: a time, a place, a medium, or the sentence's end. */
const CUE_ADJUNCT =
  /^(?:\s*[.!?…;]|\s*$|,?\s+(?:on|in|at|late|early|earlier|last|this|during|after|before|while|from|to|when|via|through|citing|adding|without|according)\b|,\s+(?:adding|citing|noting|saying|without)\b)/;

/**
 * A cue closing the sentence a quotation sits inside, after a comma: `The plan is "dead" and
 * buried, Shah said on Sunday.`, `… an "updated and refined" framework, the two sides said.`
 * The whole sentence is what the cue reports, so a partial quotation anywhere in it is the
 * speaker's. Only a clause that ends the sentence counts: `, officials said the …` opens
 * another report.
 */
export function sentenceEndCue(
  paragraph: ParagraphNarration,
  masked: string,
  outerEnd: number,
  limit: number,
): CueMatch | null {
  const { tokens } = paragraph;
  for (let i = tokenIndexAt(tokens, outerEnd); i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.end >= limit) return null;
    if (!/^,\s/.test(token.gap)) continue;
    const cue = findCueAfter(paragraph, masked, token.end, limit);
    if (!cue?.subject) continue;
    // "…, said Amit Shah on Sunday.": after an inverted subject, what follows the name.
    const inverted = cue.start === tokens[i + 1]?.start;
    if (inverted && cue.subject.kind !== 'mention') continue;
    const rest = inverted && cue.subject.kind === 'mention' ? cue.subject.mention.end : cue.end;
    if (CUE_ADJUNCT.test(masked.slice(rest, limit))) return { ...cue, adjacent: false };
  }
  return null;
}
