/**
 * Spells a run's name as words: without the honours after it ("KC", "MP") or a generational
 * suffix ("Jr."), and joined as the text joins them ("AT&T", "Controllers' Association").
 */

import type { Token } from '../tokenize.ts';
import { mapPacked } from '../../text/mapPacked.ts';
import { NAME_SUFFIXES, POST_NOMINALS } from './nameWords.ts';
import { AMPERSAND, bare, isNicknameAt, isRetiredMark } from './tokenTests.ts';
import { ABBREVIATED_TITLES } from './titledNames.ts';
import { spellAmpersands, firmsOwnS } from './companyNames.ts';

/** A name's words as the run spells them, and the forms of them the later tests read. */
export type SpelledName = {
  /** "Jonathan Polnay", "AT&T", "Moody's": the name's words, without titles or honours. */
  words: string[];
  /** `words` in lower case. */
  lowers: string[];
  /** The last word in lower case. */
  lastLower: string;
  /** The only word of a one-word name; '' for a longer name. */
  lone: string;
  /** The name's last token, before honours ("KC") and a generational suffix ("Jr."). */
  last: number;
  /** The last token of the generational suffix after `last`, or `last` when none. */
  suffixEnd: number;
  /** "Moody's said": a firm's "'s", spelled into the last word. */
  ownS: boolean;
};

/** The words of the name in `[first, to]`, after the `titles` before it. */
export function spellName(
  tokens: readonly Token[],
  first: number,
  to: number,
  titles: readonly Token[],
): SpelledName {
  let last = to;
  // "Jonathan Polnay KC", "Jane Smith MP", "Sir Tim Berners-Lee OBE": letters after a name are
  // honours and offices, not its surname.
  while (last > first + 1 && POST_NOMINALS.has((tokens[last] as Token).word.replace(/\.$/, '')))
    last--;
  const suffixEnd = last;
  while (last > first && NAME_SUFFIXES.has(bare(tokens[last] as Token))) last--;
  const spelled = mapPacked(tokens.slice(first, last + 1), (token, i) =>
    i < last - first ? joinedSpelling(token) : token.word,
  ).filter((_, i) => !isNicknameAt(tokens, first + i) && !isRetiredMark(tokens, first + i));
  const words = spellAmpersands(spelled);
  // "Moody's said", "a spokesperson for Sainsbury's said": an "'s" before a verb is a firm's;
  // not "Finance Minister Enoch Godongwana's proposed VAT increase", a titled person's.
  const ownS = titles.length === 0 && firmsOwnS(tokens, last);
  if (ownS) words[words.length - 1] = `${words[words.length - 1] ?? ''}'s`;
  // "… said Amartya Sen.": a title's abbreviation ending a name is a surname ending the sentence.
  const tail = words[words.length - 1] ?? '';
  if (
    words.length >= 2 &&
    tail.endsWith('.') &&
    ABBREVIATED_TITLES.has(tail.slice(0, -1).toLowerCase())
  )
    words[words.length - 1] = tail.slice(0, -1);
  const lowers = mapPacked(words, (word) => word.toLowerCase());
  return {
    words,
    lowers,
    lastLower: lowers[lowers.length - 1] ?? '',
    lone: words.length === 1 ? (words[0] ?? '') : '',
    last,
    suffixEnd,
    ownS,
  };
}

/**
 * A word inside a name (not its last), with what joins it to the next: an ampersand ("AT&T"),
 * a plural possessive's apostrophe ("Controllers' Association"), an "'s", a comma.
 */
function joinedSpelling(token: Token): string {
  return AMPERSAND.test(token.gap)
    ? `${token.word}${token.gap.trimEnd()}`
    : /^['’] $/.test(token.gap)
      ? `${token.word}${token.gap[0]}`
      : token.possessive
        ? `${token.word}'s`
        : token.gap === ', '
          ? `${token.word},`
          : token.word;
}
