/**
 * Questions about one token that every part of the name reader asks: does it open a sentence,
 * is it an initial, a nickname, a retirement mark, and how do the title lists spell it.
 */

import { CAPITALS_ONLY_TITLES, TITLES } from '../lexicon/titles.ts';
import type { GivenName, Token } from '../tokenize.ts';
import { firstNameGender } from '../firstNames.ts';
import { memoised } from '../../text/memoised.ts';
import { INITIAL, INITIAL_WITH_STOP } from '../../text/wordShapes.ts';

/**
 * Only a middle initial with a stop and the surname follow token `k` to the run's last token `to`
 * ("Thad W. Mobley", "Lorimer J. Haugland"): token `k` is then a given name.
 */
export function beforeMiddleInitial(tokens: readonly Token[], k: number, to: number): boolean {
  return to - k === 2 && INITIAL_WITH_STOP.test((tokens[k + 1] as Token).word);
}

/** A name right after another's "of" ("Rep. Alma Reedy of Gary"): a home town. */
export function homeTown(tokens: readonly Token[], first: number): boolean {
  const of = tokens[first - 1];
  const before = tokens[first - 2];
  return of?.lower === 'of' && of.blank && before?.blank === true && before.capitalised;
}

/** One capital, with or without its stop: an initial ("V", "K."). */
export function isInitial(word: string): boolean {
  return INITIAL.test(word);
}

/** The gap of "Johnson & Johnson" or "AT&T": an ampersand, spaced or not. */
export const AMPERSAND = /^ ?& ?$/;

/**
 * Token `n` is the visible first letter of a quotation inside a name (`Emanuel "Chris" Welch`,
 * masked as `Emanuel "C••••" Welch`): a nickname, not one of the name's words.
 */
export function isNicknameAt(tokens: readonly Token[], n: number): boolean {
  const before = tokens[n - 1];
  const token = tokens[n];
  return (
    before !== undefined &&
    token !== undefined &&
    ((/^ ["“‘']$/.test(before.gap) && /^\u2022*["”’'] $/.test(token.gap)) ||
      // "James H. (Sloppy) Floyd", "Robert (Bob) Jones": or in brackets.
      (before.gap === ' (' && token.gap === ') ' && token.capitalised))
  );
}

/** Token `n` is "(retd)" or "(Retd.)" after a rank. */
export function isRetiredMark(tokens: readonly Token[], n: number): boolean {
  const token = tokens[n];
  return (
    token !== undefined &&
    /^ \($/.test(tokens[n - 1]?.gap ?? '') &&
    /^(?:retd|retired|rtd)$/.test(token.lower) &&
    /^\.?\) $/.test(token.gap)
  );
}

/** The token at `index` opens a sentence (or the paragraph). */
export function startsSentence(tokens: readonly Token[], index: number): boolean {
  return index === 0 || /[.!?:"“”]\s*$/.test((tokens[index - 1] as Token).gap);
}

/** A word as the title lists know it: no final stop, and a compound by its head ("Secretary-General" → general). */
export function bare(token: Token | undefined): string {
  return token ? token.spelledTitle(bareOf) : '';
}

function bareOf(token: Token): string {
  // "Md Salim" is Mohammed Salim; only "MD" is a managing director.
  if (CAPITALS_ONLY_TITLES.has(token.lower) && token.word !== token.word.toUpperCase()) return '';
  return bareWord(token.lower);
}

/** `firstNameGender` of a token's word, kept with its spelling. */
export function givenNameOf(token: Token): GivenName {
  return token.givenName(firstNameGender);
}

/** `bare` by lower-case spelling, kept: title tests ask about the same few words for every name. */
const bareWord = memoised((lowerCase) => {
  const lower = lowerCase.replace(/\.$/, '');
  const hyphen = Math.max(lower.lastIndexOf('-'), lower.lastIndexOf('\u2010'));
  // "President-elect" is a title whole; "Secretary-General" by its head; "Councilman-at-large"
  // by its first word.
  if (hyphen <= 0 || TITLES.has(lower)) return lower;
  const head = lower.slice(hyphen + 1);
  const first = lower.slice(0, lower.search(/[-\u2010]/));
  return !TITLES.has(head) && TITLES.has(first) ? first : head;
}, 20_000);

/**
 * "the elder Frates", "the younger Abdullah": a generation word after "the" right before the name
 * at `from`, which tells one of a family from another (`GENERATIONS` in the registry says which).
 */
export function generationBefore(tokens: readonly Token[], from: number): boolean {
  const word = tokens[from - 1];
  return (
    word?.blank === true &&
    /^(?:elder|younger|senior|junior)$/.test(word.lower) &&
    tokens[from - 2]?.lower === 'the'
  );
}
