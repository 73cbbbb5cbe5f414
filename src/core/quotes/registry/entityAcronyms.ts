/**
 * The entities by acronym: an organisation by its initials ("PHS"), a person by the initials of
 * their name ("KTR").
 */

import type { Entity } from './entity.ts';
import { SHORT_CAPITALS } from '../../text/wordShapes.ts';

const ACRONYM_SKIPS = new Set(['of', 'the', 'and', 'for', 'on', 'in', '&']);

/**
 * The entities by acronym: an organisation by its initials ("PHS", the last named winning), and
 * someone known by the initials of the first three or more parts of the name ("KTR" after "KT
 * Rama Rao", "DKS" after "D K Shivakumar", "SGA" after "Shai Gilgeous-Alexander": a run of
 * initials or a hyphened surname counts as several), the first named winning, where no
 * organisation has them.
 */
export function acronymsOf(
  people: readonly Entity[],
  organisations: readonly Entity[],
): Map<string, Entity> {
  const acronyms = new Map<string, Entity>();
  for (const person of people) {
    const parts = personInitials(person.words);
    for (let n = 3; n <= parts.length; n++)
      if (!acronyms.has(parts.slice(0, n))) acronyms.set(parts.slice(0, n), person);
  }
  for (const organisation of organisations) {
    const initials = acronymOf(organisation.words);
    if (initials.length >= 2) acronyms.set(initials, organisation);
  }
  return acronyms;
}

/** "KT Rama Rao" → "KTRR", "Shai Gilgeous-Alexander" → "SGA". */
function personInitials(words: readonly string[]): string {
  return words
    .flatMap((word) => (SHORT_CAPITALS.test(word) ? [...word] : word.split('-')))
    .map((part) => part.charAt(0).toUpperCase())
    .join('');
}

function acronymOf(words: readonly string[]): string {
  return words
    .filter((word) => !ACRONYM_SKIPS.has(word.toLowerCase()))
    .map((word) => word.charAt(0).toUpperCase())
    .join('');
}
