/**
 * Where a sentence's subject stands: after a fronted phrase, an opening place or a dateline, and
 * the names set off by commas near its start.
 */

import { firstNameGender } from '../firstNames.ts';
import { PREPOSITIONS } from '../lexicon/commonWords.ts';
import { TITLES } from '../lexicon/titles.ts';
import type { Mention } from '../mentions/mention.ts';
import { bare, givenNameOf } from '../mentions/tokenTests.ts';
import type { Token } from '../tokenize.ts';
import { firstStartingAt, type ParagraphNarration } from '../narration.ts';
import type { Entity } from '../registry/entity.ts';
import type { SpeakerRegistry } from '../registry/speakerRegistry.ts';

/** A lower-case participle: "speaking", "asked". */
const PARTICIPLE = /^\p{Ll}{2,}(?:ing|ed)$/u;

/**
 * The mention opens its sentence as its subject: only a dateline or a place and a colon or dash
 * stand before it ("MUMBAI: Hero MotoCorp on Tuesday reported").
 */
export function subjectOpens(paragraph: ParagraphNarration, mention: Mention): boolean {
  const { tokens } = paragraph;
  if (mention.first === 0) return true;
  const before = tokens[mention.first - 1] as Token;
  return /[:—–-]\s*$/.test(before.gap) || /\)\s*[:—–-]?\s*$/.test(before.gap);
}

/** The token after an opening "In Washington," or "At Hazard,"; `first` when there is none. */
export function afterPlaceOpening(tokens: readonly Token[], first: number): number {
  if (!/^(?:in|at)$/.test(tokens[first]?.lower ?? '')) return first;
  for (let k = first + 1; k <= first + 3; k++) {
    const token = tokens[k];
    if (!token?.capitalised) return first;
    if (/^,\s$/.test(token.gap)) return k + 1;
  }
  return first;
}

/** The first name from offset `from` to `end` that may be a sentence's subject for `fits`. */
export function firstSubject(
  paragraph: ParagraphNarration,
  registry: SpeakerRegistry,
  from: number,
  end: number,
  fits: (entity: Entity) => boolean,
): Mention | undefined {
  const { mentions } = paragraph;
  for (let m = firstStartingAt(mentions, from); m < mentions.length; m++) {
    const mention = mentions[m] as Mention;
    if (mention.start >= end) break;
    if (mention.oblique) continue;
    // "Back on her street, Maria Lopez was …": a capitalised word that names nobody is not
    // the subject.
    if (opensAdverbial(paragraph.tokens, mention) && !registry.fromMention(mention)) continue;
    // "The Federal Aviation Administration said …. It added": an organisation is the subject
    // for "it" and "they"; a person is looked for past it.
    const organisation = mention.kind === 'organisation' ? registry.fromMention(mention) : null;
    if (mention.kind !== 'organisation' || (organisation && fits(organisation))) return mention;
  }
  return undefined;
}

/**
 * Where the main clause of the sentence opening at token `first` starts: after a fronted phrase
 * ("In the parish of St. Elizabeth,", "After the vote,") and a relative clause on it ("where
 * Melissa made landfall,"); the sentence's start when it has none.
 */
export function mainClauseStart(tokens: readonly Token[], first: number, end: number): number {
  const opener = tokens[first];
  if (
    !opener ||
    !(
      PREPOSITIONS.has(opener.lower) ||
      FRONTED_CLAUSES.has(opener.lower) ||
      // "Presenting his fifth Budget, Mr. Balagopal said", "Asked about the delay, Rao said".
      // "According to Mayor John Smith, Robert Jones has resigned" is about its source.
      (PARTICIPLE.test(opener.lower) &&
        !/^(?:according|including|regarding|concerning)$/.test(opener.lower) &&
        givenNameOf(opener) === undefined)
    )
  )
    return opener?.start ?? end;
  let comma = commaAfter(tokens, first, 15);
  if (comma < 0 || (tokens[comma] as Token).start >= end) return opener.start;
  if (/^(?:where|when|which|who)$/.test(tokens[comma + 1]?.lower ?? '')) {
    const next = commaAfter(tokens, comma + 1, 15);
    if (next < 0 || (tokens[next] as Token).start >= end) return opener.start;
    comma = next;
  }
  return (tokens[comma + 1] as Token | undefined)?.start ?? end;
}

/** Words opening a clause fronted before the main one. */
const FRONTED_CLAUSES = new Set([
  'after',
  'before',
  'when',
  'while',
  'as',
  'although',
  'though',
  'since',
  'if',
  'once',
  'despite',
  'during',
]);

/** The name set off by commas within the first words of the sentence opening at token `first`. */
export function apposedNear(
  paragraph: ParagraphNarration,
  start: number,
  first: number,
): Mention | null {
  const { mentions, tokens } = paragraph;
  for (let m = firstStartingAt(mentions, start); m < mentions.length; m++) {
    const mention = mentions[m] as Mention;
    if (mention.first > first + 5) break;
    // "The committee's chairman, Rep. Clarence O. Hummel of Cedar Falls,": after titles too.
    let opening = mention.first;
    while (opening - 1 > first && titleAt(tokens, opening - 1)) opening--;
    if (opening > first && (tokens[opening - 1] as Token).gap.includes(',')) return mention;
  }
  // "The sole survivor, a British national identified as Viswashkumar Ramesh,", "The NDMA
  // chairman, Lt Gen Inam Haider Malik,": or a name closing the phrase set off by commas.
  const open = commaAfter(tokens, first, 5);
  // "The English teacher who assigned the book, Miss Dorothy Grebe,": or after a relative clause.
  const opening = open >= 0 ? open : afterRelative(tokens, first);
  const close = opening < 0 ? -1 : commaAfter(tokens, opening + 1, 12);
  if (close < 0) return null;
  for (
    let m = firstStartingAt(mentions, (tokens[opening] as Token).end);
    m < mentions.length;
    m++
  ) {
    const mention = mentions[m] as Mention;
    if (mention.last > close) break;
    if (mention.last === close && mention.kind !== 'organisation') return mention;
  }
  return null;
}

/** Token `k` is a capitalised title written before a name: "Rep.", "Sen.", "Dr.". */
function titleAt(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k] as Token;
  return token.capitalised && token.blank && TITLES.has(bare(token));
}

/** The first token from `from` on, within `reach` tokens, followed by a comma; -1 if none. */
/**
 * The comma closing a relative clause on the sentence's opening noun ("The English teacher who
 * assigned the book,"): "who" or "that" within its first four words, the comma within eight
 * more; -1 when none.
 */
function afterRelative(tokens: readonly Token[], first: number): number {
  for (let k = first + 1; k <= first + 4 && k < tokens.length; k++) {
    if (!(tokens[k - 1] as Token).blank) return -1;
    if (/^(?:who|that)$/.test((tokens[k] as Token).lower)) return commaAfter(tokens, k + 1, 8);
  }
  return -1;
}

function commaAfter(tokens: readonly Token[], from: number, reach: number): number {
  for (let k = from; k < tokens.length && k <= from + reach; k++)
    if ((tokens[k] as Token).gap.includes(',')) return k;
  return -1;
}

/** "Back on her street,", "Later,": a lone capitalised word that opens an adverbial phrase. */
function opensAdverbial(tokens: readonly Token[], mention: Mention): boolean {
  const word = tokens[mention.first] as Token;
  const next = tokens[mention.first + 1];
  return (
    mention.kind === 'unknown' &&
    mention.words.length === 1 &&
    firstNameGender(mention.name) === undefined &&
    (word.gap.includes(',') || (word.blank && PREPOSITIONS.has(next?.lower ?? '')))
  );
}
