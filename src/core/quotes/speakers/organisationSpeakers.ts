/**
 * Organisations as speakers: the firm or institution "the company", "the bank" or "the union"
 * stands for, and the organisation a spokesperson speaks for.
 */

import { SECTOR_NOUNS, FIRM_NOUNS } from '../lexicon/organisations.ts';
import { SPOKESPEOPLE } from '../lexicon/roles.ts';
import { TITLES } from '../lexicon/titles.ts';
import type { Mention } from '../mentions/mention.ts';
import type { Token } from '../tokenize.ts';
import { firstStartingAt, type ParagraphNarration } from '../narration.ts';
import type { Entity } from '../registry/entity.ts';
import type { SpeakerRegistry } from '../registry/speakerRegistry.ts';

/** Kinds of institution: "the union" is never a company, "the court" never a ministry. */
export const INSTITUTION_KINDS: ReadonlyArray<ReadonlySet<string>> = [
  new Set(['union', 'association', 'federation', 'guild', 'confederation']),
  new Set(['court', 'bench', 'tribunal']),
  new Set(['ministry', 'department', 'government', 'administration', 'bureau', 'commission']),
  FIRM_NOUNS,
];

/** Institutions people visit, often named before by their name alone ("the Louvre"). */
export const PLACE_INSTITUTIONS = new Set([
  'museum',
  'gallery',
  'store',
  'university',
  'college',
  'school',
  'club',
  'hospital',
  'zoo',
  'theatre',
  'theater',
  'library',
  'cathedral',
]);

/** "the company", "the bank", "the carmaker": a noun for a firm, of any trade or of one. */
export function namesFirm(role: string): boolean {
  return (
    FIRM_NOUNS.has(role) || SECTOR_NOUNS.has(role) || SECTORS.some(({ nouns }) => nouns.has(role))
  );
}

/**
 * Sectors of business: the nouns that name a firm by its trade ("the lender") and the words that
 * put a firm in that trade by name ("Bank", "Airlines"). "Delta Air Lines" is never "the bank".
 */
const SECTORS = [
  ['bank lender', 'bank bancorp banking'],
  ['airline carrier', 'airlines airways air lines aviation'],
  ['carmaker automaker', 'motor motors automotive auto autos'],
  ['planemaker jetmaker', 'aerospace aircraft aviation'],
  ['insurer', 'insurance assurance'],
  ['drugmaker', 'pharmaceuticals pharma therapeutics'],
  ['chipmaker', 'semiconductor semiconductors'],
  ['broadcaster', 'television tv radio broadcasting'],
  ['newspaper', 'times post journal gazette herald tribune daily chronicle observer inquirer'],
  ['charity', 'foundation trust society charity'],
].map(([nouns, names]) => ({
  nouns: new Set((nouns as string).split(' ')),
  names: new Set((names as string).split(' ')),
}));

/** The organisation, unless its name says it is another kind of institution than `role`. */
export function fitting(entity: Entity | null, role: string): Entity | null {
  if (!entity) return entity;
  // "Boeing … the company said" made Boeing a company.
  const named = [...entity.name.toLowerCase().split(/[\s.,]+/), ...entity.roles];
  const sector = SECTORS.find((trade) => trade.nouns.has(role));
  if (
    sector &&
    !named.some((word) => sector.names.has(word) || sector.nouns.has(word)) &&
    SECTORS.some((trade) => trade !== sector && named.some((word) => trade.names.has(word)))
  )
    return null;
  const kind = INSTITUTION_KINDS.find((words) => words.has(role));
  if (!kind) return entity;
  const other = INSTITUTION_KINDS.some(
    (words) => words !== kind && named.some((word) => words.has(word)),
  );
  return other && !named.some((word) => kind.has(word)) ? null : entity;
}

/**
 * The organisation the last spokesperson introduced before offset `at`, in this paragraph or the
 * one before, speaks for ("A spokesman for Georgia Power", "A Southern Bell spokeswoman"), with
 * no entity when it is a titled person's; null when none was or none is named ("A company
 * spokesman").
 */
export function spokespersonFor(
  narration: readonly ParagraphNarration[],
  registry: SpeakerRegistry,
  at: number,
  paragraphIndex: number,
): { entity: Entity | null } | null {
  for (let p = paragraphIndex; p >= 0 && p >= paragraphIndex - 1; p--) {
    const { tokens, mentionByFirst, mentionByLast } = narration[p] as ParagraphNarration;
    for (let k = firstStartingAt(tokens, at) - 1; k >= 0; k--) {
      const token = tokens[k] as Token;
      if (!SPOKESPEOPLE.has(token.lower) || token.capitalised) continue;
      let owner =
        tokens[k + 1]?.lower === 'for' ? k + (tokens[k + 2]?.lower === 'the' ? 3 : 2) : -1;
      // "A spokesman for Senator Jim Tallow": the name after the title.
      while (owner > 0 && TITLES.has((tokens[owner]?.lower ?? '').replace(/\.$/, ''))) owner++;
      const named = (owner > 0 ? mentionByFirst.get(owner) : undefined) ?? mentionByLast.get(k - 1);
      // "Georgia Power", "Rich's": whatever the name looks like, a spokesperson speaks for an
      // organisation.
      if (!named) return null;
      const known = registry.fromMention(named);
      // "A spokesman for Senator Smith": a person's spokesperson is someone else.
      if (known?.kind === 'person' && (known.roles.length > 0 || named.role !== null))
        return { entity: null };
      const entity = known ?? registry.resolve(named.words, named.start, 'organisation');
      entity.kind = 'organisation';
      return { entity };
    }
  }
  return null;
}

/** The paragraph names an organisation (as one, not a capitalised word that may be one). */
export function namesOrganisation(paragraph: ParagraphNarration): boolean {
  return paragraph.mentions.some((mention) => mention.kind === 'organisation');
}

/**
 * The organisation named between the indefinite article at token `first` and a spokesperson
 * right after it: "A UAW spokesman", "an ICC spokeswoman"; null for anyone else.
 */
export function spokespersonsFirm(paragraph: ParagraphNarration, first: number): Mention | null {
  const firm = paragraph.mentionByFirst.get(first + 1);
  const noun = firm ? paragraph.tokens[firm.last + 1] : undefined;
  return firm && firm.kind !== 'person' && noun && SPOKESPEOPLE.has(noun.lower) ? firm : null;
}
