/**
 * The article's organisations by the short forms of their names: an opening ("Allied Arts" of
 * "the Allied Arts Council"), the name without its legal suffix ("Starbucks" of "Starbucks
 * Corp"), and an institution's head noun alone ("the Commission").
 */

import { ORGANISATION_WORDS } from '../lexicon/organisations.ts';
import type { Mention } from '../mentions/mention.ts';
import type { Entity } from './entity.ts';
import { namesByOpening } from './registryIndexes.ts';

/** The registry's organisations, and an index of them by their openings made on first use. */
export type OrganisationNames = {
  /** "Allied Arts" after "Allied Arts Corporation": an organisation's name shortened from the end. */
  readonly organisations: readonly Entity[];
  /**
   * The first of them by each lower-case opening of its name that ends at a space ("allied
   * arts "), made on first use: one look-up per short name, where a search lower-cased every
   * organisation's name for each one (quadratic in a long text).
   */
  byOpening: Map<string, Entity> | null;
};

/**
 * "Allied Arts" is "the Allied Arts Council"; "the United Nations", a body's whole name, is not
 * "the United Nations Emergency Force".
 */
export function longerOrganisation(
  names: OrganisationNames,
  words: readonly string[],
): Entity | null {
  if (ORGANISATION_WORDS.has(words.at(-1)?.toLowerCase() ?? '')) return null;
  names.byOpening ??= namesByOpening(names.organisations);
  return names.byOpening.get(`${words.join(' ').toLowerCase()} `) ?? null;
}

/**
 * "Starbucks" after "Starbucks Corp": a company's name without its legal suffix; "Kessler said"
 * after "Kessler Outdoor Inc": or with a word of trade before the suffix.
 */
export function withLegalSuffix(names: OrganisationNames, words: readonly string[]): Entity | null {
  const longer = longerOrganisation(names, words);
  const suffix =
    longer && longer.words.length <= words.length + (words.length === 1 ? 3 : 1)
      ? longer.words.at(-1)
      : undefined;
  return suffix && LEGAL_SUFFIXES.has(suffix.toLowerCase().replace(/\.$/, '')) ? longer : null;
}

/** The words that end a company's legal name: "Allied Arts Corporation", "Tata Sons Limited". */
const LEGAL_SUFFIXES = new Set(
  'corporation corp company co inc incorporated group limited ltd llc plc holdings'.split(' '),
);

/**
 * "The Election Commission … the Commission said": the institutions named before `mention` whose
 * name ends in its one word, when that is an institution's head noun.
 */
export function institutionsHeadedBy(names: OrganisationNames, mention: Mention): Entity[] {
  const head = mention.words.length === 1 ? (mention.words[0] ?? '').toLowerCase() : '';
  return ORGANISATION_WORDS.has(head)
    ? names.organisations.filter(
        (entity) =>
          entity.words.length > 1 &&
          entity.firstAt < mention.start &&
          (entity.words.at(-1) ?? '').toLowerCase() === head,
      )
    : [];
}
