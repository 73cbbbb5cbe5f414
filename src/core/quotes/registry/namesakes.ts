/**
 * Surnames and relatives: where a name's surname is, generational suffixes, particled surnames
 * ("van Gaal"), and the relatives who share a surname with the person they are introduced with.
 */

import { memoised } from '../../text/memoised.ts';
import { KIN_NOUNS } from '../lexicon/roles.ts';
import { NAME_PARTICLES } from '../lexicon/nameParticles.ts';

/** "Jr.", "Sr", "III": the generational suffix a name may end with, lower-case without its stop. */
export function suffixKey(word: string): string {
  const key = word.toLowerCase().replace(/\.$/, '');
  return /^(?:jr|sr|ii|iii|iv)$/.test(key) ? key : '';
}

/** Where the surname is: the last word, or the one before a generational suffix. */
export function surnameIndex(words: readonly string[]): number {
  const last = words.length - 1;
  return last > 0 && suffixKey(words[last] ?? '') ? last - 1 : last;
}

/**
 * A stated role introduces someone as another's relative: "his wife", "Omar father and …"; a
 * capitalised title is no relation ("Father Silveira", "Sister Mary Agnes"). Kept by role:
 * `fuller` asks it of every role of every namesake for each short name, and the same few roles
 * come back thousands of times in a long text.
 */
export const kinRole = memoised((stated) =>
  stated.split(/[\s,]+/).some((word) => KIN_NOUNS.has(word)),
);

const OLDER = /\b(?:father|mother|grandfather|grandmother|uncle|aunt)\b|\bSr\.?$/i;
const YOUNGER = /\b(?:son|daughter|grandson|granddaughter|nephew|niece)\b|\bJr\.?$/i;

/**
 * "the senior X", "the younger X": the relatives the qualifier picks out among namesakes, by a
 * stated role ("his son") or by the suffix of the name ("John Frates Sr.").
 */
export const GENERATIONS: ReadonlyMap<string, RegExp> = new Map([
  ['senior', OLDER],
  ['elder', OLDER],
  ['junior', YOUNGER],
  ['younger', YOUNGER],
]);

/**
 * Relatives who share the surname of the person they are introduced with ("his wife, Louise,"
 * is "Mrs. Shepard" after Alan Shepard), and their gender.
 */
export const FAMILY_GENDERS: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ['wife', 'female'],
  ['widow', 'female'],
  ['mother', 'female'],
  ['daughter', 'female'],
  ['sister', 'female'],
  ['husband', 'male'],
  ['widower', 'male'],
  ['father', 'male'],
  ['son', 'male'],
  ['brother', 'male'],
]);

export function otherThan(gender: 'male' | 'female'): 'male' | 'female' {
  return gender === 'male' ? 'female' : 'male';
}

/**
 * The surname with the particles before it ("van Gaal" of "Louis van Gaal"), or null when no
 * particle precedes the last word; with `from` 0, only when the whole of `words` is that surname.
 */
export function particledSurname(words: readonly string[], from = 1): string | null {
  let first = words.length - 1;
  while (first - 1 >= from && NAME_PARTICLES.has((words[first - 1] ?? '').toLowerCase())) first--;
  if (first === words.length - 1 || (from === 0 && first !== 0)) return null;
  return words.slice(first).join(' ');
}
